using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using CsCheck;
using ListingLsp.Analysis.Editing;
using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis.Tests;

/// <summary>
/// Analysis results cached on green nodes (<see cref="EntryAnnotation"/>, <see cref="BlockAnnotation"/>): right for
/// the context that reads them, kept across edits that do not touch the node, and gone with the node.
/// </summary>
public sealed class AnnotationCacheTests
{
    /// <summary>Options under which the generated listings read differently (future date, XQ category, org tags).</summary>
    private static readonly AnalysisOptions Other = TestSupport.Options with
    {
        AllowFutureDates = true,
        ExtraCategories = ImmutableDictionary<string, string>.Empty.Add("XQ", "Extra Quirks"),
        ExtraOrgTags = ["cmu", "Google DeepMind"],
    };

    private static string Show(ListingDocument d) =>
        TestSupport.Render(d) + string.Join("\n", SemanticTokenClassifier.Classify(d));

    [Fact]
    public void Snapshots_that_share_a_tree_under_other_options_each_read_like_a_fresh_analysis() =>
        ListingGen.Text.SelectMany(text => ListingGen.Edit(text.Length).Select(edit => (text, edit)))
            .Sample(c =>
            {
                var first = TestSupport.Parse(c.text);
                var second = first.WithOptions(Other);
                var edit = new TextChange(new TextSpan(c.edit.Start, c.edit.Length), c.edit.NewText);
                foreach (var (a, b) in new[] { (first, second), (first, second), (first.WithChange(edit), second.WithChange(edit)) })
                {
                    // Each read replaces the other snapshot's annotations on the nodes both share.
                    Assert.Equal(Show(TestSupport.Parse(a.Text.ToString())), Show(a));
                    Assert.Equal(Show(TestSupport.Parse(b.Text.ToString(), Other)), Show(b));
                }
            }, iter: 200);

    [Fact]
    public void An_edit_reanalyses_the_entry_it_touches_and_keeps_both_cached_parts_of_the_others()
    {
        const string Entry = "CLAug 8, 2025\nA Study of ThingsAda Lovelace · mit\nProse.\n\n";
        var document = TestSupport.Parse(Entry + Entry.Replace("Things", "Stones") + Entry.Replace("Things", "Trees"));
        _ = document.GetDiagnostics().Count;
        _ = SemanticTokenClassifier.Classify(document);
        var before = Annotations(document);
        Assert.All(before, a => Assert.True(a is { Analysis: not null, Tokens: not null }));

        var edited = document.WithChange(new TextChange(new TextSpan(Entry.Length + 20, 1), "S"));
        _ = edited.GetDiagnostics().Count;
        var after = Annotations(edited);

        Assert.Same(before[0], after[0]);
        Assert.Same(before[2], after[2]);
        Assert.True(after[1] is { Analysis: not null, Tokens: null });
        Assert.Equal(TestSupport.Render(TestSupport.Parse(edited.Text.ToString())), TestSupport.Render(edited));
    }

    [Fact]
    public void Cached_results_go_with_their_document()
    {
        var old = AnalysedAndDropped();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(old.TryGetTarget(out _));
    }

    // Separate frame: the document is unreachable once it returns; nothing but its entry node may hold the results.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference<EntryAnnotation> AnalysedAndDropped()
    {
        var document = TestSupport.Parse("CLAug 8, 2025\nA Study of ThingsAda Lovelace · mit\nProse.\n");
        _ = document.GetDiagnostics().Count;
        _ = SemanticTokenClassifier.Classify(document);
        return new WeakReference<EntryAnnotation>(Annotations(document).Single()!);
    }

    private static List<EntryAnnotation?> Annotations(ListingDocument document) =>
        [.. document.Syntax.Items.Where(i => i.Kind == SyntaxKind.Entry).Select(i => EntryAnnotation.Of(i.Green))];
}
