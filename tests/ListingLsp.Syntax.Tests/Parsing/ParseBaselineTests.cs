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
        var text = Baseline.Read(listing);
        var tree = SyntaxTree.Parse(text);

        Baseline.Verify(Path.ChangeExtension(listing, ".tree"), SyntaxTreeDumper.Dump(tree));
        Assert.Equal(text, TreeText.Concatenate(tree));
    }
}
