using System.Text.RegularExpressions;
using CsCheck;
using ListingLsp.Analysis.Editing;
using ListingLsp.Syntax;

namespace ListingLsp.Analysis.Tests.Editing;

public partial class EntrySortPropertyTests
{
    public static TheoryData<EntrySortOrder> Orders => [.. Enum.GetValues<EntrySortOrder>()];

    [Theory]
    [MemberData(nameof(Orders))]
    public void Sorting_loses_no_line_and_adds_only_blank_lines(EntrySortOrder order) =>
        ListingGen.Listing.Sample(text =>
        {
            var sorted = Sort(text, order);
            Assert.Equal(NonBlankLines(text), NonBlankLines(sorted));
            Assert.True(BlankLines(sorted) >= BlankLines(text));
        }, iter: 300);

    [Theory]
    [MemberData(nameof(Orders))]
    public void Sorting_is_stable_and_sorting_again_changes_nothing(EntrySortOrder order) =>
        ListingGen.Listing.Sample(text =>
        {
            var sorted = Sort(text, order);
            Assert.Equal(sorted, Sort(sorted, order));
            foreach (var section in Sections(ListingDocument.Create(sorted)))
            {
                var keyed = section.Where(e => PaperNumber(e) is not null).ToList();
                for (var i = 1; i < keyed.Count; i++)
                {
                    var c = Compare(keyed[i - 1], keyed[i], order);
                    Assert.True(c < 0 || (c == 0 && PaperNumber(keyed[i - 1]) < PaperNumber(keyed[i])),
                        $"{keyed[i - 1].Title?.Value} should not come before {keyed[i].Title?.Value}");
                }
            }
        }, iter: 300);

    [Theory]
    [MemberData(nameof(Orders))]
    public void Comments_move_with_the_entry_below_them(EntrySortOrder order) =>
        ListingGen.Listing.Sample(text =>
        {
            Assert.Equal(NotesAboveEntries(text), NotesAboveEntries(Sort(text, order)));
        }, iter: 300);

    private static string Sort(string text, EntrySortOrder order)
    {
        var document = ListingDocument.Create(text);
        return TextEdits.Apply(text, EntrySorter.Sort(document, order));
    }

    private static List<string> NonBlankLines(string text) =>
        [.. LineBreak().Split(text).Where(l => l.Trim().Length > 0).Order(StringComparer.Ordinal)];

    private static int BlankLines(string text) => LineBreak().Split(text).Count(l => l.Trim().Length == 0);

    /// <summary>Each "# note for Paper N" comment item with the title of the entry right below it.</summary>
    private static HashSet<(string, string?)> NotesAboveEntries(string text)
    {
        var document = ListingDocument.Create(text);
        var items = document.Syntax.Items.ToList();
        var pairs = new HashSet<(string, string?)>();
        for (var i = 0; i + 1 < items.Count; i++)
        {
            var next = i + 1;
            while (next < items.Count && items[next].Kind is SyntaxKind.Comment or SyntaxKind.Directive)
            {
                next++;
            }
            if (items[i].Kind == SyntaxKind.Comment && items[i].GetText().StartsWith("# note for", StringComparison.Ordinal)
                && next < items.Count && items[next].Kind == SyntaxKind.Entry)
            {
                pairs.Add((items[i].GetText().Trim(), document.EntryAt(items[next].Position)?.Title?.Value));
            }
        }
        return pairs;
    }

    /// <summary>The entries of each section (entries before the first heading form one too).</summary>
    private static List<List<EntryModel>> Sections(ListingDocument document)
    {
        var sections = new List<List<EntryModel>> { new() };
        foreach (var item in document.Syntax.Items)
        {
            if (item.Kind == SyntaxKind.SectionHeading)
            {
                sections.Add([]);
            }
            else if (item.Kind == SyntaxKind.Entry && document.EntryAt(item.Position) is { } entry)
            {
                sections[^1].Add(entry);
            }
        }
        return sections;
    }

    private static int? PaperNumber(EntryModel entry) =>
        entry.Title?.Value is { } title && PaperTitle().Match(title) is { Success: true } m ? int.Parse(m.Groups[1].Value) : null;

    private static int Compare(EntryModel a, EntryModel b, EntrySortOrder order) => order switch
    {
        EntrySortOrder.DateNewestFirst => MissingLast(a.Date is null, b.Date is null) ?? b.Date!.Value.CompareTo(a.Date!.Value),
        EntrySortOrder.DateOldestFirst => MissingLast(a.Date is null, b.Date is null) ?? a.Date!.Value.CompareTo(b.Date!.Value),
        _ => MissingLast(a.Title is null, b.Title is null) ?? string.Compare(a.Title!.Value.Value, b.Title!.Value.Value, StringComparison.InvariantCultureIgnoreCase),
    };

    /// <summary>Entries without a key sort after the others; null when both have one.</summary>
    private static int? MissingLast(bool aMissing, bool bMissing) => (aMissing, bMissing) switch
    {
        (true, true) => 0,
        (true, false) => 1,
        (false, true) => -1,
        _ => null,
    };

    [GeneratedRegex(@"\r\n|\r|\n")]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"^Paper (\d+) ")]
    private static partial Regex PaperTitle();
}
