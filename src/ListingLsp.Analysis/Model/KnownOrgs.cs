namespace ListingLsp.Analysis;

/// <summary>A research organisation's tag and how people name it.</summary>
public sealed record OrgInfo(string Tag, string DisplayName);

/// <summary>Well-known research organisations (completion and hover); users add their own via <see cref="AnalysisOptions.ExtraOrgTags"/>.</summary>
public static class KnownOrgs
{
    private static readonly OrgInfo[] Table =
    [
        .. """
        ai2=Allen Institute for AI;alibaba=Alibaba;amazon=Amazon;anthropic=Anthropic;apple=Apple;baidu=Baidu;
        berkeley=UC Berkeley;bytedance=ByteDance;caltech=Caltech;cambridge=University of Cambridge;
        cmu=Carnegie Mellon University;cohere=Cohere;columbia=Columbia University;cornell=Cornell University;
        deepmind=DeepMind;eth-zurich=ETH Zurich;epfl=EPFL;google=Google;google-deepmind=Google DeepMind;
        google-research=Google Research;harvard=Harvard University;huggingface=Hugging Face;ibm-research=IBM Research;
        inria=Inria;kaist=KAIST;max-planck=Max Planck Society;meta=Meta AI (FAIR);microsoft=Microsoft;
        microsoft-research=Microsoft Research;mila=Mila;mistral=Mistral AI;mit=MIT;nvidia=NVIDIA;nyu=New York University;
        openai=OpenAI;oxford=University of Oxford;peking=Peking University;princeton=Princeton University;
        salesforce=Salesforce Research;stanford=Stanford University;tencent=Tencent;tsinghua=Tsinghua University;
        toronto=University of Toronto;ucl=University College London;ucla=UCLA;uw=University of Washington;
        vector=Vector Institute
        """.Split(';').Select(row => row.Trim().Split('=')).Select(p => new OrgInfo(p[0], p[1])),
    ];

    private static readonly Dictionary<string, OrgInfo> ByTag = Table.ToDictionary(o => o.Tag, StringComparer.Ordinal);

    public static IReadOnlyList<OrgInfo> All => Table;

    public static OrgInfo? Find(string tag) => ByTag.GetValueOrDefault(tag);
}
