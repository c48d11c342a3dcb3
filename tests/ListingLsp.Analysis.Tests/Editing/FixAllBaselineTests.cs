using ListingLsp.Analysis.Editing;
using ListingLsp.Tests.Shared;

namespace ListingLsp.Analysis.Tests.Editing;

public class FixAllBaselineTests
{
    public static TheoryData<string> Cases => Baseline.Cases("editing/fixall");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fix_all_applies_every_safe_fix_in_one_edit_list(string file)
    {
        var document = EditingRender.Load(file);
        var changes = FixAllEdits.Compute(document);
        var fixedText = TextEdits.Apply(document.Text.ToString(), changes);
        var fixedDocument = ListingDocument.Create(fixedText, document.Options);
        var remaining = fixedDocument.GetDiagnostics().Select(d => $"{d.Code} {EditingRender.Span(fixedDocument.Text, d.Span)}");
        var output = $"{fixedText}==== {changes.Length} edit(s); left for the curator:\n{EditingRender.Lines(remaining)}";
        Baseline.Verify(Path.ChangeExtension(file, ".fixed.txt"), output);
    }
}
