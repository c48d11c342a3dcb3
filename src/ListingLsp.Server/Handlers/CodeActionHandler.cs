using ListingLsp.Analysis.Editing;
using ListingLsp.Server.Diagnostics;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;

namespace ListingLsp.Server.Handlers;

/// <summary>
/// textDocument/codeAction: the analysis's quick fixes for the diagnostics under the range (attached
/// to their diagnostic, preferred when the analysis marks one obvious fix), and, when the client asks
/// for source actions by kind (the Source Action menu, fix-all on save), fix-all and the three sorts.
/// Source actions are computed only when asked for: the lightbulb requests actions on every caret move.
/// </summary>
internal sealed class CodeActionHandler(DocumentStore documents) : IDocumentRequestHandler<CodeActionParams, CodeAction[]?>
{
    public const string FixAllKind = "source.fixAll.listing";

    private static readonly (string Kind, string Title, EntrySortOrder Order)[] Sorts =
    [
        ("source.sortEntries.dateNewestFirst", "Sort entries by date (newest first)", EntrySortOrder.DateNewestFirst),
        ("source.sortEntries.dateOldestFirst", "Sort entries by date (oldest first)", EntrySortOrder.DateOldestFirst),
        ("source.sortEntries.title", "Sort entries by title", EntrySortOrder.Title),
    ];

    /// <summary>What the server announces in codeActionProvider.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [CodeActionKind.QuickFix, FixAllKind, .. Sorts.Select(s => s.Kind)];

    public CodeAction[]? Handle(DocumentSnapshot document, CodeActionParams request, CancellationToken cancellationToken)
    {
        var only = request.Context?.Only;
        var actions = new List<CodeAction>();
        if (Wanted(only, CodeActionKind.QuickFix))
        {
            AddQuickFixes(document, request.Range, actions, cancellationToken);
        }
        if (only is null)
        {
            return [.. actions];
        }
        if (Wanted(only, FixAllKind))
        {
            AddSourceAction(document, FixAllKind, "Fix all auto-fixable problems", FixAllEdits.Compute(document.Document, cancellationToken), actions);
        }
        foreach (var (kind, title, order) in Sorts.Where(s => Wanted(only, s.Kind)))
        {
            AddSourceAction(document, kind, title, EntrySorter.Sort(document.Document, order, cancellationToken), actions);
        }
        return [.. actions];
    }

    private void AddQuickFixes(DocumentSnapshot document, Protocol.Range range, List<CodeAction> actions, CancellationToken cancellationToken)
    {
        var span = documents.Positions.ToSpan(document.Document.Text, range);
        // Only the findings under the range: the lightbulb asks on every caret move, so this must not cost the whole list.
        foreach (var finding in document.Document.GetDiagnostics(span))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (finding.Fixes.IsDefaultOrEmpty)
            {
                continue;
            }
            var diagnostic = DiagnosticConverter.Convert(document, documents.Positions, finding);
            foreach (var fix in finding.Fixes)
            {
                actions.Add(new CodeAction
                {
                    Title = fix.Title,
                    Kind = CodeActionKind.QuickFix,
                    Diagnostics = [diagnostic],
                    IsPreferred = fix.IsPreferred ? true : null,
                    Edit = documents.Positions.ToWorkspaceEdit(document, fix.Edits),
                });
            }
        }
    }

    private void AddSourceAction(DocumentSnapshot document, string kind, string title, IReadOnlyList<Syntax.Text.TextChange> changes, List<CodeAction> actions)
    {
        // An action that would change nothing is noise in the menu (and makes fix-on-save touch the file).
        if (changes.Count > 0)
        {
            actions.Add(new CodeAction { Title = title, Kind = kind, Edit = documents.Positions.ToWorkspaceEdit(document, changes) });
        }
    }

    /// <summary>No filter wants everything; a filter entry wants its kind and every kind below it ("source" covers "source.fixAll.listing").</summary>
    private static bool Wanted(IReadOnlyList<string>? only, string kind) =>
        only is null || only.Any(o => kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));
}
