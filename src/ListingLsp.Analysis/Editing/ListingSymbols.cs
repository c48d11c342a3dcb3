using System.Collections.Immutable;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis.Editing;

public enum ListingSymbolKind
{
    Author,
    Org,
}

/// <summary>
/// An author or org tag treated as a symbol: <see cref="Key"/> is its identity across documents
/// (an author's name ignoring case and spacing; an org's tag form, so <c>MIT</c> and <c>mit</c> are one org),
/// <see cref="Span"/> the occurrence it was found at.
/// </summary>
public sealed record ListingSymbol(ListingSymbolKind Kind, string Key, string Text, TextSpan Span);

/// <summary>Finds authors and org tags under the caret and their occurrences in a document.</summary>
public static class ListingSymbols
{
    public static ListingSymbol? At(ListingDocument document, int offset)
    {
        var entry = document.EntryAt(offset);
        if (entry is null)
        {
            return null;
        }
        return Find(entry.Authors, offset, ListingSymbolKind.Author) ?? Find(entry.Orgs, offset, ListingSymbolKind.Org);
    }

    /// <summary>Every occurrence of the symbol in the document, in order.</summary>
    public static ImmutableArray<Located<string>> Occurrences(ListingDocument document, ListingSymbolKind kind, string key)
    {
        var found = ImmutableArray.CreateBuilder<Located<string>>();
        foreach (var entry in document.Headlines)
        {
            foreach (var part in Parts(entry, kind))
            {
                if (part.Value.Length > 0 && KeyOf(kind, part.Value) == key)
                {
                    found.Add(part);
                }
            }
        }
        return found.ToImmutable();
    }

    public static ImmutableArray<Located<string>> Parts(EntryHeadline entry, ListingSymbolKind kind) =>
        kind == ListingSymbolKind.Author ? entry.Authors : entry.Orgs;

    /// <summary>Authors are one person whatever the case or spacing; orgs are one org in any spelling with the same tag form.</summary>
    public static string KeyOf(ListingSymbolKind kind, string text) =>
        kind == ListingSymbolKind.Author ? TitleKey.OfName(text) : TagForm.ToTag(text) ?? text;

    private static ListingSymbol? Find(ImmutableArray<Located<string>> parts, int offset, ListingSymbolKind kind)
    {
        // A caret inside a name wins over one touching a name's end (the caret after "Ann" in "Ann, Bo").
        var hit = parts.FirstOrDefault(p => p.Value.Length > 0 && p.Span.Contains(offset));
        if (hit.Value is null)
        {
            hit = parts.FirstOrDefault(p => p.Value.Length > 0 && p.Span.Touches(offset));
        }
        return hit.Value is null ? null : new ListingSymbol(kind, KeyOf(kind, hit.Value), hit.Value, hit.Span);
    }
}
