using CsCheck;
using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis.Tests;

/// <summary>The items an edit replaced, as <see cref="ItemDiff"/> reports them, turn the old item sequence into the new one.</summary>
public sealed class ItemDiffTests
{
    internal const string Entry = "CLAug 8, 2025\nA Study of ThingsAda Lovelace · mit\nProse.\n";

    /// <summary>
    /// Every reported item stands at its position in its tree, and old items - removed + added = new items,
    /// counted per node reference (blank lines are shared nodes, so one may stand at many places).
    /// </summary>
    private static void AssertAccounts(string text, TextChange change)
    {
        var before = SyntaxTree.Parse(text);
        var after = before.WithChange(change);
        var (removed, added) = ItemDiff.Between(before, after, change);
        var oldPlaces = before.Items.Select(i => (i.Green, i.Position)).ToHashSet(new ByReference());
        var newPlaces = after.Items.Select(i => (i.Green, i.Position)).ToHashSet(new ByReference());
        Assert.All(removed, r => Assert.Contains(r, oldPlaces));
        Assert.All(added, a => Assert.Contains(a, newPlaces));
        var balance = new Dictionary<GreenNode, int>(ReferenceEqualityComparer.Instance);
        void Count(IEnumerable<(GreenNode Item, int)> items, int sign)
        {
            foreach (var (item, _) in items)
            {
                balance[item] = balance.GetValueOrDefault(item) + sign;
            }
        }
        Count(oldPlaces, 1);
        Count(removed, -1);
        Count(added, 1);
        Count(newPlaces, -1);
        Assert.All(balance, b => Assert.True(b.Value == 0, $"{b.Key.Kind} counted {b.Value:+0;-0} times too often"));
    }

    private sealed class ByReference : IEqualityComparer<(GreenNode Item, int Position)>
    {
        public bool Equals((GreenNode Item, int Position) x, (GreenNode Item, int Position) y) => ReferenceEquals(x.Item, y.Item) && x.Position == y.Position;

        public int GetHashCode((GreenNode Item, int Position) obj) => HashCode.Combine(ReferenceEqualityComparer.Instance.GetHashCode(obj.Item), obj.Position);
    }

    /// <summary>Edits written in the text as <c>[deleted>inserted]</c>, most of them deleting the items up to the end of the file.</summary>
    [Theory]
    [InlineData(Entry + "\n" + Entry + "[\n>]")]
    [InlineData(Entry + "\n" + Entry + "[\n# note\n>]")]
    [InlineData(Entry + "\n[" + Entry + ">]")]
    [InlineData("[" + Entry + ">]")]
    [InlineData(Entry + "\n" + Entry + "\n[>\n]")]
    [InlineData(Entry + "[\n>x]" + Entry)]
    public void Edits_near_the_end_of_the_file(string marked)
    {
        var (text, change) = MarkedEdit.Parse(marked);
        AssertAccounts(text, change);
    }

    [Fact]
    public void Random_edits_of_random_listings() =>
        ListingGen.Text.SelectMany(text => ListingGen.Edit(text.Length).Select(edit => (text, edit)))
            .Sample(c => AssertAccounts(c.text, new TextChange(new TextSpan(c.edit.Start, c.edit.Length), c.edit.NewText)), iter: 2000);
}
