using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis;

/// <summary>
/// Immutable snapshot of one listing: its syntax tree plus lazily computed, per-entry cached
/// semantics. <see cref="WithChange"/> reuses the analysis of every entry the edit did not touch.
/// This is the one engine behind the language server and the CLI.
/// </summary>
public sealed partial class ListingDocument
{
    public static ListingDocument Create(string text, AnalysisOptions? options = null) => throw new NotImplementedException();

    public SyntaxTree Syntax => throw new NotImplementedException();

    public Rope Text => Syntax.Text;

    public AnalysisOptions Options => throw new NotImplementedException();

    public ListingDocument WithChange(TextChange change) => throw new NotImplementedException();

    public ListingDocument WithOptions(AnalysisOptions options) => throw new NotImplementedException();

    /// <summary>Every diagnostic of the document, ignore directives and severity settings applied, in document order.</summary>
    public IReadOnlyList<ListingDiagnostic> GetDiagnostics() => throw new NotImplementedException();

    /// <summary>Entries in document order.</summary>
    public IEnumerable<EntryModel> Entries => throw new NotImplementedException();

    /// <summary>The entry whose lines hold the offset, if any.</summary>
    public EntryModel? EntryAt(int offset) => throw new NotImplementedException();

    /// <summary>Section headings (<c>## ...</c>) in order, each with the entries under it.</summary>
    public IReadOnlyList<SectionModel> Sections => throw new NotImplementedException();
}
