using ListingLsp.Analysis.Editing;
using ListingLsp.Tests.Shared;

namespace ListingLsp.Analysis.Tests.Editing;

public class SelectionRangeBaselineTests
{
    public static TheoryData<string> Cases => Baseline.Cases("editing/selection");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_caret_expands_from_token_to_file(string file)
    {
        var document = EditingRender.Load(file);
        var listing = document.Text.ToString();
        var output = new List<string>();
        foreach (var (_, args) in EditingRender.Requests(listing).Where(r => r.Verb == "select"))
        {
            output.Add($"==== caret in \"{args[0]}\"");
            output.AddRange(SelectionRanges.Compute(document, EditingRender.Find(listing, args[0])).Select(s => EditingRender.Span(document.Text, s)));
        }
        Baseline.Verify(Path.ChangeExtension(file, ".selection.txt"), EditingRender.Lines(output));
    }
}
