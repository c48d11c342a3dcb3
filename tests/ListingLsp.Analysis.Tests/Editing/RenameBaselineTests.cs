using ListingLsp.Analysis.Editing;
using ListingLsp.Tests.Shared;

namespace ListingLsp.Analysis.Tests.Editing;

/// <summary>For each request: the symbol under the caret, its occurrences (references and highlights), and the renamed listing or the refusal.</summary>
public class RenameBaselineTests
{
    public static TheoryData<string> Cases => Baseline.Cases("editing/rename");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rename_gives_the_expected_listing_or_refusal(string file)
    {
        var document = EditingRender.Load(file);
        var listing = document.Text.ToString();
        var output = new List<string>();
        foreach (var (_, args) in EditingRender.Requests(listing).Where(r => r.Verb == "rename"))
        {
            output.Add($"==== rename \"{args[0]}\" to \"{args[1]}\"");
            var symbol = ListingSymbols.At(document, EditingRender.Find(listing, args[0]));
            if (symbol is null)
            {
                output.Add("not an author or org tag: nothing to rename");
                continue;
            }
            output.Add($"{symbol.Kind} {EditingRender.Quote(symbol.Key)}, occurrences:");
            output.AddRange(ListingSymbols.Occurrences(document, symbol.Kind, symbol.Key).Select(o => "  " + EditingRender.Span(document.Text, o.Span)));
            var result = SymbolRename.Rename(document, symbol.Kind, symbol.Key, args[1]);
            output.Add(result.Error is { } error ? "refused: " + error : TextEdits.Apply(listing, result.Changes).TrimEnd('\n'));
        }
        Baseline.Verify(Path.ChangeExtension(file, ".rename.txt"), EditingRender.Lines(output));
    }
}
