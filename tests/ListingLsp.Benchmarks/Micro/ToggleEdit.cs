using ListingLsp.Benchmarks.Generation;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Benchmarks.Micro;

/// <summary>
/// An insertion in the abstract of the middle entry that is undone on the next invocation: applied
/// while the text has its original length, deleted otherwise, so repeated benchmark invocations
/// always work on a fresh tree and the document never grows.
/// </summary>
internal readonly record struct ToggleEdit(int Position, int BaseLength, string Inserted)
{
    public static ToggleEdit InAbstract(GeneratedListing listing, string inserted) =>
        new(listing.Middle.AbstractOffset + GeneratedListing.EditColumn, listing.Text.Length, inserted);

    public TextChange Next(Rope current) =>
        current.Length == BaseLength
            ? new TextChange(new TextSpan(Position, 0), Inserted)
            : new TextChange(new TextSpan(Position, Inserted.Length), "");
}
