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
        var symbols = new List<DocumentSymbol>();
        using var entries = listing.Headlines.GetEnumerator();
        OpenSection? section = null;
        foreach (var item in listing.Syntax.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Kind == SyntaxKind.SectionHeading)
            {
                section?.Close(this, text, symbols);
                var heading = text.ToString(item.Span).TrimEnd('\r', '\n');
                section = new OpenSection(heading, new TextSpan(item.Position, heading.Length));
            }
            else if (item.Kind == SyntaxKind.Entry && entries.MoveNext())
            {
                (section?.Children ?? symbols).Add(Entry(text, entries.Current));
            }
            if (section is not null && item.Kind != SyntaxKind.BlankLine)
            {
                section.End = item.Span.End;
            }
        }
        section?.Close(this, text, symbols);
        return [.. symbols];
    }

    /// <summary>A section while its entries are read: it ends after its last item that is not a blank line.</summary>
    private sealed class OpenSection(string heading, TextSpan headingSpan)
    {
        public List<DocumentSymbol> Children { get; } = [];

        public int End { get; set; }

        public void Close(DocumentSymbolHandler handler, Rope text, List<DocumentSymbol> symbols) => symbols.Add(new DocumentSymbol
        {
            Name = NonEmpty(heading.TrimStart('#', ' ', '\t').Trim(), "(section)"),
            Kind = SymbolKind.Namespace,
            Range = handler.Range(text, TextSpan.FromBounds(headingSpan.Start, End)),
            SelectionRange = handler.Range(text, headingSpan),
            Children = [.. Children],
        });
    }

    private DocumentSymbol Entry(Rope text, EntryHeadline entry)
    {
        var range = Range(text, entry.Span);
        var detail = string.Join(" · ", new[] { entry.Category?.Value, entry.DateText?.Value }.Where(p => !string.IsNullOrEmpty(p)));
        return new DocumentSymbol
        {
            Name = NonEmpty(entry.Title?.Value, text.ToString(entry.HeaderSpan).TrimEnd('\r', '\n')),
            Detail = detail.Length > 0 ? detail : null,
            Kind = SymbolKind.Object,
            Range = range,
            SelectionRange = entry.Title is { Value.Length: > 0 } title ? Range(text, title.Span) : Range(text, entry.HeaderSpan),
        };
    }

    /// <summary>A span's range without its final line break, so that the range ends on the item's last line.</summary>
    private Protocol.Range Range(Rope text, TextSpan span)
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
        return documents.Positions.ToRange(text, TextSpan.FromBounds(span.Start, end));
    }

    /// <summary>Editors reject symbols with an empty name.</summary>
    private static string NonEmpty(string? name, string fallback) =>
        !string.IsNullOrWhiteSpace(name) ? name : !string.IsNullOrWhiteSpace(fallback) ? fallback : "(untitled)";
}
