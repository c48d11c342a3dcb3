using System.Collections.Immutable;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis.Editing;

/// <summary>The edits of a rename in one document, or why the rename is refused.</summary>
public sealed record RenameResult(ImmutableArray<TextChange> Changes, string? Error)
{
    public static RenameResult Refused(string error) => new([], error);
}

/// <summary>
/// Renames an author or org tag in a document. A name is refused when the renamed entries would read
/// differently: every changed entry is parsed again and must split into the same title, the same
/// authors (with the new name) and the same orgs. Org tags are written in tag form.
/// </summary>
public static class SymbolRename
{
    /// <summary>The name as it will be written, or an error for names that can never be valid.</summary>
    public static (string? Name, string? Error) Normalize(ListingSymbolKind kind, string newName)
    {
        var name = newName.Trim();
        if (name.Length == 0)
        {
            return (null, "the new name is empty");
        }
        if (name.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            return (null, "a name must fit on one line");
        }
        if (kind == ListingSymbolKind.Org)
        {
            var tag = TagForm.ToTag(name);
            return tag is not null && TagForm.IsTag(tag)
                ? (tag, null)
                : (null, $"\"{newName}\" has no letters or digits to make an org tag from");
        }
        if (name.Contains(", ", StringComparison.Ordinal) || name.Contains('·', StringComparison.Ordinal))
        {
            return (null, $"\"{name}\" would read as several names: an author's name cannot contain \", \" or \"·\"");
        }
        return (name, null);
    }

    public static RenameResult Rename(ListingDocument document, ListingSymbolKind kind, string key, string newName, CancellationToken cancellationToken = default)
    {
        var (name, error) = Normalize(kind, newName);
        if (name is null)
        {
            return RenameResult.Refused(error!);
        }
        var changes = ImmutableArray.CreateBuilder<TextChange>();
        foreach (var entry in document.Headlines)
        {
            var parts = ListingSymbols.Parts(entry, kind);
            var local = new List<TextChange>();
            foreach (var part in parts)
            {
                if (part.Value.Length > 0 && ListingSymbols.KeyOf(kind, part.Value) == key && part.Value != name)
                {
                    local.Add(new TextChange(part.Span, name));
                }
            }
            if (local.Count == 0)
            {
                continue;
            }
            cancellationToken.ThrowIfCancellationRequested();
            if (!StillReadsTheSame(document, entry, kind, key, name, local))
            {
                return RenameResult.Refused(
                    $"renaming to \"{name}\" would change how line {entry.Line + 2} splits into title, authors and orgs");
            }
            changes.AddRange(local);
        }
        return new RenameResult(changes.ToImmutable(), null);
    }

    /// <summary>Parses the renamed entry on its own and compares its fields with the expected ones.</summary>
    private static bool StillReadsTheSame(ListingDocument document, EntryHeadline entry, ListingSymbolKind kind, string key, string name, List<TextChange> local)
    {
        var shifted = local.Select(c => c with { Span = c.Span.Shift(-entry.Span.Start) });
        var renamedText = TextEdits.Apply(document.Text.ToString(entry.Span), shifted);
        var renamed = ListingDocument.Create(renamedText, document.Options).Headlines.FirstOrDefault();
        if (renamed is null || renamed.Title?.Value != entry.Title?.Value || renamed.IsTruncated != entry.IsTruncated)
        {
            return false;
        }
        return Expected(entry.Authors, kind == ListingSymbolKind.Author).SequenceEqual(Values(renamed.Authors))
            && Expected(entry.Orgs, kind == ListingSymbolKind.Org).SequenceEqual(Values(renamed.Orgs));

        IEnumerable<string> Expected(ImmutableArray<Located<string>> parts, bool renamedKind) =>
            parts.Select(p => renamedKind && p.Value.Length > 0 && ListingSymbols.KeyOf(kind, p.Value) == key ? name : p.Value);
    }

    private static IEnumerable<string> Values(ImmutableArray<Located<string>> parts) => parts.Select(p => p.Value);
}
