using CsCheck;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Syntax.Tests.Incremental;

/// <summary>WithChange gives the tree a full parse gives, and reuses every item the edit does not touch.</summary>
public class IncrementalReparseTests
{
    /// <summary>An edit as fractions of the text, so it stays inside whatever text it meets.</summary>
    internal static readonly Gen<(double At, double Remove, bool Long, string Insert)> Edit =
        Gen.Select(Gen.Double[0, 1], Gen.Double[0, 1], Gen.Bool, ListingGen.Insertion);

    internal static TextChange ToChange(Rope text, (double At, double Remove, bool Long, string Insert) edit)
    {
        var start = (int)(edit.At * text.Length);
        var maxRemove = edit.Long ? text.Length - start : Math.Min(3, text.Length - start);
        return new TextChange(new TextSpan(start, (int)(edit.Remove * maxRemove)), edit.Insert);
    }

    [Fact]
    public void Random_edit_sequences_equal_a_full_parse() =>
        Gen.Select(ListingGen.Document, Edit.Array[1, 12]).Sample((document, edits) =>
        {
            var tree = SyntaxTree.Parse(document);
            foreach (var edit in edits)
            {
                var change = ToChange(tree.Text, edit);
                var expectedText = tree.Text.ToString().Remove(change.Span.Start, change.Span.Length).Insert(change.Span.Start, change.NewText);
                tree = tree.WithChange(change);

                Assert.Equal(expectedText, tree.Text.ToString());
                Assert.Equal(SyntaxTreeDumper.Dump(SyntaxTree.Parse(expectedText)), SyntaxTreeDumper.Dump(tree));
                TreeText.AssertWellFormed(tree);
            }
        }, iter: 1500);

    [Fact]
    public void Typing_a_document_char_by_char_equals_a_full_parse()
    {
        const string Text = "\uFEFFCLAug 8, 2025\r\nCounting at ScaleAda Quist et al. \u00B7 lab\nAbstract.\n\n# c\nMLMar 1, 2023Code\rX\r\n";
        var tree = SyntaxTree.Parse("");
        for (var i = 0; i < Text.Length; i++)
        {
            tree = tree.WithChange(new TextChange(new TextSpan(i, 0), Text[i].ToString()));
            Assert.Equal(SyntaxTreeDumper.Dump(SyntaxTree.Parse(Text[..(i + 1)])), SyntaxTreeDumper.Dump(tree));
        }
        for (var i = Text.Length; i > 0; i--)
        {
            tree = tree.WithChange(new TextChange(new TextSpan(i - 1, 1), ""));
            Assert.Equal(SyntaxTreeDumper.Dump(SyntaxTree.Parse(Text[..(i - 1)])), SyntaxTreeDumper.Dump(tree));
        }
    }

    /// <summary>A document of complete entries, and where one entry's title or abstract can be typed into.</summary>
    private static readonly Gen<(string[] Entries, int Target, bool InTitle, double At, char Typed)> InLineEdit =
        Gen.Select(ListingGen.Entry.Array[2, 40], Gen.Int[0, 1000], Gen.Bool, Gen.Double[0, 1], Gen.Char["abcxyz ,.;"])
            .Select(t => (t.Item1, t.Item2 % t.Item1.Length, t.Item3, t.Item4, t.Item5));

    [Fact]
    public void An_edit_inside_one_line_reparses_one_entry_and_reuses_every_other() =>
        InLineEdit.Sample(t =>
        {
            var tree = SyntaxTree.Parse(string.Concat(t.Entries));
            var old = tree.Items.Select(i => i.Green).ToList();
            Assert.Equal(t.Entries.Length, old.Count);
            var entry = tree.Items.ElementAt(t.Target);
            var line = entry.FirstChild(t.InTitle ? SyntaxKind.Byline : SyntaxKind.Abstract)!;
            var text = line.FirstChild(t.InTitle ? SyntaxKind.Title : SyntaxKind.AbstractText)
                ?? line.FirstChild(SyntaxKind.BylineText)!;
            var offset = text.Position + (int)(t.At * text.Span.Length);

            var edited = tree.WithChange(new TextChange(new TextSpan(offset, 0), t.Typed.ToString()));

            var items = edited.Items.Select(i => i.Green).ToList();
            Assert.Equal(old.Count, items.Count);
            for (var i = 0; i < old.Count; i++)
            {
                if (i == t.Target)
                {
                    Assert.NotSame(old[i], items[i]);
                }
                else
                {
                    Assert.Same(old[i], items[i]);
                }
            }
            Assert.Equal(new ReparseInfo(entry.Span with { Length = entry.Span.Length + 1 }, 1, 1), edited.LastReparse);
        }, iter: 500);

    [Theory]
    // A break inside the title: the entry loses its abstract, which becomes a stray line.
    [InlineData("CLAug 8, 2025\nTitleAna\nAbstract.\n", 17, "\n", 2, 1)]
    // A break inside the header: the rest of the date becomes the byline; the next entry is untouched.
    [InlineData("CLAug 8, 2025\nTitleAna\nAbstract.\nMLMar 1, 2023\nTitleBo\nMore.\n", 10, "\n", 2, 1)]
    // Deleting the blank line that cut an entry short joins the stray lines back into it.
    [InlineData("CLAug 8, 2025\n\nTitleAna\nAbstract.\n", 14, "", 1, 4)]
    public void A_line_edit_reparses_until_back_in_step(string text, int offset, string insert, int newItems, int removedItems)
    {
        var tree = SyntaxTree.Parse(text).WithChange(new TextChange(new TextSpan(offset, insert.Length == 0 ? 1 : 0), insert));
        Assert.Equal((newItems, removedItems), (tree.LastReparse!.NewItems, tree.LastReparse.RemovedItems));
    }

    [Fact]
    public void An_edit_completing_an_entry_reparses_the_entry_before_it()
    {
        // The header lacks its byline because of the blank line; typing into the blank line makes it one.
        var tree = SyntaxTree.Parse("# c\nCLAug 8, 2025\n\nNext\n");
        var edited = tree.WithChange(new TextChange(new TextSpan(18, 0), "TitleAna"));

        var entry = Assert.Single(edited.Items, i => i.Kind == SyntaxKind.Entry);
        Assert.Equal("TitleAna", entry.FirstChild(SyntaxKind.Byline)!.FirstChild(SyntaxKind.Title)!.GetText() + entry.FirstChild(SyntaxKind.Byline)!.FirstChild(SyntaxKind.AuthorList)!.GetText());
        Assert.Equal("Next\n", entry.FirstChild(SyntaxKind.Abstract)!.GetText());
        Assert.Same(tree.Items.First().Green, edited.Items.First().Green);
    }

    [Fact]
    public void Replacing_the_whole_document_parses_from_scratch()
    {
        var tree = SyntaxTree.Parse("CLAug 8, 2025\nTitleAna\nAbstract.\n");
        var edited = tree.WithChange(new TextChange(new TextSpan(0, tree.Text.Length), "MLMar 1, 2023\n"));
        Assert.Null(edited.LastReparse);
        Assert.Equal(SyntaxTreeDumper.Dump(SyntaxTree.Parse("MLMar 1, 2023\n")), SyntaxTreeDumper.Dump(edited));
    }
}
