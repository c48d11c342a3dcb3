using System.Text;
using ListingLsp.Tests.Shared;

namespace ListingLsp.Syntax.Tests.Parsing;

/// <summary>Each Baselines/parse/*.listing parses into the tree dumped beside it in *.tree.</summary>
public class ParseBaselineTests
{
    public static TheoryData<string> Cases => Baseline.Cases("parse");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_matches_baseline(string listing)
    {
        // Decoded by hand: File.ReadAllText would drop a byte-order mark, which the tree must keep.
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(Baseline.ProjectDir(), "Baselines", listing)));
        var tree = SyntaxTree.Parse(text);

        Baseline.Verify(Path.ChangeExtension(listing, ".tree"), SyntaxTreeDumper.Dump(tree));
        Assert.Equal(text, TreeText.Concatenate(tree));
    }
}
