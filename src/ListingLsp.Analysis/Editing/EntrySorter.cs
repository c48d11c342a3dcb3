using System.Collections.Immutable;
using System.Globalization;
using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis.Editing;

public enum EntrySortOrder
{
    DateNewestFirst,
    DateOldestFirst,
    Title,
}

/// <summary>
/// Reorders entries within each section as text edits. An entry moves together with the comment,
/// directive and skipped lines directly above it (no blank line between); blank lines, headings and
/// comments that stand apart keep their places. Entries without a sort key (no valid date, no
/// title) go after the others; equal keys keep their order. No line is lost or duplicated; the
/// one line ever added is a blank line after a moved entry that lacks its abstract, which would
/// otherwise read the line that now follows it as its byline or abstract.
/// </summary>
public static class EntrySorter
{
    public static ImmutableArray<TextChange> Sort(ListingDocument document, EntrySortOrder order, CancellationToken cancellationToken = default)
    {
        var models = document.Entries.ToDictionary(e => e.Span.Start);
        var text = document.Text;
        var changes = ImmutableArray.CreateBuilder<TextChange>();
        var section = new List<Unit>();
        var attached = new List<SyntaxNode>();
        foreach (var item in document.Syntax.Items)
        {
            switch (item.Kind)
            {
                case SyntaxKind.Comment or SyntaxKind.Directive or SyntaxKind.SkippedLine:
                    attached.Add(item);
                    break;
                case SyntaxKind.Entry:
                    var start = attached.Count > 0 ? attached[0].Position : item.Position;
                    models.TryGetValue(item.Position, out var model);
                    section.Add(new Unit(TextSpan.FromBounds(start, item.Span.End), model, section.Count));
                    attached.Clear();
                    break;
                case SyntaxKind.SectionHeading:
                    cancellationToken.ThrowIfCancellationRequested();
                    Reorder(text, document.Syntax, section, order, changes);
                    section.Clear();
                    attached.Clear();
                    break;
                default:
                    attached.Clear();
                    break;
            }
        }
        Reorder(text, document.Syntax, section, order, changes);
        return changes.ToImmutable();
    }

    /// <summary>An entry with the lines attached above it; <see cref="Index"/> is its place in the section.</summary>
    private sealed record Unit(TextSpan Span, EntryModel? Model, int Index)
    {
        /// <summary>Missing its byline or abstract: the next line, unless blank or a header, would be read as that part.</summary>
        public bool IsIncomplete => Model is { Abstract: null };
    }

    private static void Reorder(Rope text, SyntaxTree syntax, List<Unit> slots, EntrySortOrder order, ImmutableArray<TextChange>.Builder changes)
    {
        if (slots.Count < 2)
        {
            return;
        }
        var sorted = SortUnits(slots, order);
        var lineBreak = LineBreakOf(text, slots);
        for (var i = 0; i < slots.Count; i++)
        {
            var unit = sorted[i];
            var nextIsAdjacent = i + 1 < slots.Count && slots[i + 1].Span.Start == slots[i].Span.End;
            var followerChanged = unit.Index != i || (nextIsAdjacent && sorted[i + 1].Index != i + 1);
            if (!followerChanged)
            {
                continue;
            }
            var moved = WithLineBreak(text.ToString(unit.Span), lineBreak);
            var slotIsLastLine = !EndsWithLineBreak(text.ToString(slots[i].Span));
            if (slotIsLastLine)
            {
                // Only the file's last line may lack a line break; whatever lands there keeps that shape.
                moved = moved.TrimEnd('\r', '\n');
            }
            else if (unit.IsIncomplete && (nextIsAdjacent || !BlankOrEnd(syntax, slots[i].Span.End)))
            {
                // Keep an entry that lacks its last part from swallowing the line now below it (a comment,
                // a heading, or a header that is not in the exact form would be read as its byline or abstract).
                moved += lineBreak;
            }
            if (moved != text.ToString(slots[i].Span))
            {
                changes.Add(new TextChange(slots[i].Span, moved));
            }
        }
    }

    private static bool BlankOrEnd(SyntaxTree syntax, int offset) =>
        offset >= syntax.Text.Length || syntax.FindItem(offset) is not { } item || item.Kind == SyntaxKind.BlankLine;

    private static List<Unit> SortUnits(List<Unit> units, EntrySortOrder order) => order switch
    {
        EntrySortOrder.DateNewestFirst => [.. units.OrderBy(u => u.Model?.Date is null).ThenByDescending(u => u.Model?.Date)],
        EntrySortOrder.DateOldestFirst => [.. units.OrderBy(u => u.Model?.Date is null).ThenBy(u => u.Model?.Date)],
        _ => [.. units.OrderBy(u => u.Model?.Title is null).ThenBy(u => u.Model?.Title?.Value, TitleComparer)],
    };

    private static readonly StringComparer TitleComparer =
        StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);

    private static string LineBreakOf(Rope text, List<Unit> units)
    {
        var first = text.ToString(units[0].Span);
        var lf = first.IndexOf('\n', StringComparison.Ordinal);
        return lf > 0 && first[lf - 1] == '\r' ? "\r\n" : "\n";
    }

    private static bool EndsWithLineBreak(string s) => s.Length > 0 && s[^1] is '\n' or '\r';

    private static string WithLineBreak(string s, string lineBreak) => EndsWithLineBreak(s) ? s : s + lineBreak;
}
