using ListingLsp.Analysis;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;
using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Server.Handlers;

/// <summary>
/// textDocument/documentSymbol (the outline): <c>## sections</c> contain their entries; entries before
/// the first section stand at the top. An entry is named by its title, its detail is
/// <c>CL · Aug 8, 2025</c>, its range covers its lines and its selection range is the title.
/// </summary>
internal sealed class DocumentSymbolHandler(DocumentStore documents) : IDocumentRequestHandler<DocumentSymbolParams, DocumentSymbol[]?>
{
    public DocumentSymbol[]? Handle(DocumentSnapshot document, DocumentSymbolParams request, CancellationToken cancellationToken)
    {
        // Streamed from the items and the entries' headlines (their abstracts are not read) rather than
        // read from listing.Sections, which makes every entry's full model.
        var listing = document.Document;
        var text = listing.Text;
        var positions = documents.Positions.Cursor(text);
        var symbols = new List<DocumentSymbol>();
        using var entries = listing.Headlines.GetEnumerator();
        OpenSection? section = null;
        foreach (var item in listing.Syntax.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Kind == SyntaxKind.SectionHeading)
            {
                section?.Close(text, positions, symbols);
                var heading = text.ToString(item.Span).TrimEnd('\r', '\n');
                section = new OpenSection(heading, new TextSpan(item.Position, heading.Length));
            }
            else if (item.Kind == SyntaxKind.Entry && entries.MoveNext())
            {
                (section?.Children ?? symbols).Add(Entry(text, positions, entries.Current));
            }
            if (section is not null && item.Kind != SyntaxKind.BlankLine)
            {
                section.End = item.Span.End;
            }
        }
        section?.Close(text, positions, symbols);
        return [.. symbols];
    }

    /// <summary>A section while its entries are read: it ends after its last item that is not a blank line.</summary>
    private sealed class OpenSection(string heading, TextSpan headingSpan)
    {
        public List<DocumentSymbol> Children { get; } = [];

        public int End { get; set; }

        /// <summary>The heading's range (its offsets are behind the cursor by now, which it handles).</summary>
        public void Close(Rope text, PositionCursor positions, List<DocumentSymbol> symbols)
        {
            var start = positions.ToPosition(headingSpan.Start);
            var selection = Range(text, positions, headingSpan);
            symbols.Add(new DocumentSymbol
            {
                Name = NonEmpty(heading.TrimStart('#', ' ', '\t').Trim(), "(section)"),
                Kind = SymbolKind.Namespace,
                Range = new Protocol.Range(start, positions.ToPosition(EndOfLastLine(text, TextSpan.FromBounds(headingSpan.Start, End)))),
                SelectionRange = selection,
                Children = [.. Children],
            });
        }
    }

    /// <summary>An entry's symbol; its positions are asked in ascending order, so the cursor only moves forward.</summary>
    private static DocumentSymbol Entry(Rope text, PositionCursor positions, EntryHeadline entry)
    {
        var start = positions.ToPosition(entry.Span.Start);
        var selection = Range(text, positions, entry.Title is { Value.Length: > 0 } title ? title.Span : entry.HeaderSpan);
        var end = positions.ToPosition(EndOfLastLine(text, entry.Span));
        var detail = string.Join(" · ", new[] { entry.Category?.Value, entry.DateText?.Value }.Where(p => !string.IsNullOrEmpty(p)));
        return new DocumentSymbol
        {
            Name = NonEmpty(entry.Title?.Value, text.ToString(entry.HeaderSpan).TrimEnd('\r', '\n')),
            Detail = detail.Length > 0 ? detail : null,
            Kind = SymbolKind.Object,
            Range = new Protocol.Range(start, end),
            SelectionRange = selection,
        };
    }

    private static Protocol.Range Range(Rope text, PositionCursor positions, TextSpan span) =>
        positions.ToRange(TextSpan.FromBounds(span.Start, EndOfLastLine(text, span)));

    /// <summary>A span's end without its final line break, so that a range ends on the item's last line.</summary>
    private static int EndOfLastLine(Rope text, TextSpan span)
    {
        var end = span.End;
        if (end > span.Start && text[end - 1] == '\n')
        {
            end--;
        }
        if (end > span.Start && text[end - 1] == '\r')
        {
            end--;
        }
        return end;
    }

    /// <summary>Editors reject symbols with an empty name.</summary>
    private static string NonEmpty(string? name, string fallback) =>
        !string.IsNullOrWhiteSpace(name) ? name : !string.IsNullOrWhiteSpace(fallback) ? fallback : "(untitled)";
}
