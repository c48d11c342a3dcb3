using ListingLsp.Tests.Shared;

namespace ListingLsp.Syntax.Tests.Parsing;

/// <summary>The reference example parses into its 11 entries with the splits the format's table expects.</summary>
public class ExampleListingSplitTests
{
    // (title | authors | et al. | orgs), quoted from the format's table of expected splits.
    private static readonly (string Title, string[] Authors, bool EtAl, string[] Orgs)[] Expected =
    [
        ("gpt-oss-120b & gpt-oss-20b Model Card", ["Sandhini Agarwal", "Lama Ahmad", "Jason Ai"], true, ["openai"]),
        ("TRAK: Attributing Model Behavior at Scale", ["Sung Min Park", "Kristian Georgiev", "Andrew Ilyas"], true, ["mit"]),
        ("ContextCite: Attributing Model Generation to Context", ["Benjamin Cohen-Wang", "Harshay Shah", "Kristian Georgiev"], true, ["mit"]),
        ("OpenAI GPT-5 System Card", ["Aaditya Singh", "Adam Fry", "Adam Perelman"], true, ["berkeley", "mila"]),
        ("Rethinking Backdoor Attacks", ["Alaa Khaddaj", "Guillaume Leclerc", "Aleksandar Makelov"], true, ["mit"]),
        ("Privacy Induces Robustness: Information-Computation Gaps and Sparse Mean Estimation", ["Kristian Georgiev", "Samuel B. Hopkins"], false, ["mit"]),
        ("The Journey, Not the Destination: How Data Guides Diffusion Models", ["Kristian Georgiev", "Joshua Vendrow", "Hadi Salman"], true, ["mit"]),
        ("Attribute-to-Delete: Machine Unlearning via Datamodel Matching", ["Kristian Georgiev", "Roy Rinberg", "Sung Min Park"], true, ["mit"]),
        ("Data Debiasing with Datamodels (D3M): Improving Subgroup Robustness via Data Selection", ["Saachi Jain", "Kimia Hamidieh", "Kristian Georgiev"], true, []),
        ("Implicit Bias of Linear Equivariant Networks", ["Hannah Lawrence", "Kristian Georgiev", "Andrew Dienes"], true, []),
        ("On the Convergence Theory of Debiased Model-Agnostic Meta-Reinforcement Learning", ["Alireza Fallah", "Kristian Georgiev", "Aryan Mokhtari"], true, []),
    ];

    [Fact]
    public void Example_bylines_split_as_the_format_expects()
    {
        var tree = SyntaxTree.Parse(File.ReadAllText(SharedFormat.ExampleListingPath));
        var entries = tree.Items.Where(i => i.Kind == SyntaxKind.Entry).ToList();

        Assert.Equal(Expected.Length, entries.Count);
        Assert.Equal(Expected.Length, tree.ItemCount);
        for (var i = 0; i < Expected.Length; i++)
        {
            var byline = entries[i].FirstChild(SyntaxKind.Byline)!;
            var (title, authors, etAl, orgs) = Expected[i];
            Assert.Equal(title, byline.FirstChild(SyntaxKind.Title)?.GetText());
            Assert.Equal(authors, byline.FirstChild(SyntaxKind.AuthorList)!.ChildrenOfKind(SyntaxKind.AuthorName).Select(a => a.GetText()));
            Assert.Equal(etAl ? " et al." : null, byline.FirstChild(SyntaxKind.EtAl)?.GetText());
            var orgList = byline.FirstChild(SyntaxKind.OrgList);
            Assert.Equal(orgs, orgList?.ChildrenOfKind(SyntaxKind.OrgTag).Select(t => t.GetText()) ?? []);
            Assert.NotNull(entries[i].FirstChild(SyntaxKind.Abstract));
        }
    }
}
