using CsCheck;
using ListingLsp.Analysis.Editing;

namespace ListingLsp.Analysis.Tests.Editing;

public class FixAllPropertyTests
{
    [Fact]
    public void After_fix_all_no_diagnostic_offers_a_safe_fix() =>
        ListingGen.Listing.Sample(text =>
        {
            var document = ListingDocument.Create(text, EditingRender.TestOptions);
            var fixedText = TextEdits.Apply(text, FixAllEdits.Compute(document));
            var left = ListingDocument.Create(fixedText, EditingRender.TestOptions).GetDiagnostics()
                .Where(d => d.Fixes.Any(f => f.IsSafe)).Select(d => d.Code);
            Assert.Empty(left);
        }, iter: 300);
}
