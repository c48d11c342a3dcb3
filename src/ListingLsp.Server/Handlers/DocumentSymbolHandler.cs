using ListingLsp.Analysis;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;
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
        var listing = document.Document;
        var sections = listing.Sections;
        var symbols = new List<DocumentSymbol>();
        var nextSection = 0;
        foreach (var entry in listing.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (nextSection < sections.Count && sections[nextSection].Span.Start <= entry.Span.Start)
            {
                // Sections list their own entries; the loose ones before the first section come first.
                break;
            }
            symbols.Add(Entry(listing.Text, entry));
        }
        foreach (var section in sections)
        {
            cancellationToken.ThrowIfCancellationRequested();
            symbols.Add(new DocumentSymbol
            {
                Name = NonEmpty(section.Heading.Value.TrimStart('#').Trim(), "(section)"),
                Kind = SymbolKind.Namespace,
                Range = Range(listing.Text, section.Span),
                SelectionRange = Range(listing.Text, section.Heading.Span),
                Children = [.. section.Entries.Select(e => Entry(listing.Text, e))],
            });
        }
        return [.. symbols];
    }

    private DocumentSymbol Entry(Rope text, EntryModel entry)
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
