using System.Collections.Immutable;
using System.Text;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis.Editing;

/// <summary>
/// Helpers for lists of non-overlapping, ordered text changes: applying them and composing two
/// rounds into one list against the original text (LSP edits of one response all refer to the
/// document as the client has it, so iterated fixes must be folded into a single list).
/// </summary>
public static class TextEdits
{
    /// <summary>The text after applying <paramref name="changes"/> (ordered, non-overlapping, offsets into <paramref name="text"/>).</summary>
    public static string Apply(string text, IEnumerable<TextChange> changes)
    {
        var builder = new StringBuilder(text.Length);
        var copied = 0;
        foreach (var change in changes)
        {
            builder.Append(text, copied, change.Span.Start - copied).Append(change.NewText);
            copied = change.Span.End;
        }
        return builder.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The document after applying the changes, each applied from the last to the first so offsets stay valid.</summary>
    public static ListingDocument Apply(ListingDocument document, IReadOnlyList<TextChange> changes)
    {
        for (var i = changes.Count - 1; i >= 0; i--)
        {
            document = document.WithChange(changes[i]);
        }
        return document;
    }

    /// <summary>
    /// One change list on the original text equivalent to applying <paramref name="first"/> and then
    /// <paramref name="second"/> (whose offsets refer to the text after <paramref name="first"/>).
    /// </summary>
    public static ImmutableArray<TextChange> Compose(IReadOnlyList<TextChange> first, IReadOnlyList<TextChange> second)
    {
        var afterFirst = Pieces(first);
        var afterSecond = new List<Piece>();
        var position = 0; // offset in the text after `first`
        var pieceIndex = 0;
        var pieceOffset = 0; // chars of afterFirst[pieceIndex] already consumed
        foreach (var change in second)
        {
            Take(change.Span.Start - position, keep: true);
            Take(change.Span.Length, keep: false);
            afterSecond.Add(Piece.Insert(change.NewText));
            position = change.Span.End;
        }
        Take(int.MaxValue, keep: true);
        return Changes(afterSecond);

        // Walk `count` chars of the intermediate text, copying them to the result or dropping them.
        void Take(int count, bool keep)
        {
            while (count > 0 && pieceIndex < afterFirst.Count)
            {
                var piece = afterFirst[pieceIndex];
                var available = piece.Length - pieceOffset;
                var step = Math.Min(available, count);
                if (keep && step > 0)
                {
                    afterSecond.Add(piece.Slice(pieceOffset, step));
                }
                count -= step;
                pieceOffset += step;
                if (pieceOffset == piece.Length)
                {
                    pieceIndex++;
                    pieceOffset = 0;
                }
            }
        }
    }

    /// <summary>A text described as kept ranges of the original and inserted strings.</summary>
    private readonly record struct Piece(int KeepStart, int KeepLength, string? Inserted)
    {
        public static Piece Keep(int start, int length) => new(start, length, null);

        public static Piece Insert(string text) => new(0, 0, text);

        public int Length => Inserted?.Length ?? KeepLength;

        public Piece Slice(int offset, int length) =>
            Inserted is null ? Keep(KeepStart + offset, length) : Insert(Inserted.Substring(offset, length));
    }

    /// <summary>The original text (unbounded, as a Keep piece to int.MaxValue) with the changes applied, as pieces.</summary>
    private static List<Piece> Pieces(IReadOnlyList<TextChange> changes)
    {
        var pieces = new List<Piece>(changes.Count * 2 + 1);
        var copied = 0;
        foreach (var change in changes)
        {
            pieces.Add(Piece.Keep(copied, change.Span.Start - copied));
            pieces.Add(Piece.Insert(change.NewText));
            copied = change.Span.End;
        }
        pieces.Add(Piece.Keep(copied, int.MaxValue - copied));
        return pieces;
    }

    /// <summary>Reads the changes back off a piece list: every gap between kept ranges is one change.</summary>
    private static ImmutableArray<TextChange> Changes(List<Piece> pieces)
    {
        var changes = ImmutableArray.CreateBuilder<TextChange>();
        var originalPosition = 0;
        var inserted = new StringBuilder();
        foreach (var piece in pieces)
        {
            if (piece.Inserted is not null)
            {
                inserted.Append(piece.Inserted);
                continue;
            }
            if (piece.KeepLength == 0)
            {
                continue;
            }
            Flush(piece.KeepStart);
            originalPosition = piece.KeepStart + piece.KeepLength;
        }
        if (inserted.Length > 0)
        {
            changes.Add(new TextChange(new TextSpan(originalPosition, 0), inserted.ToString()));
        }
        return changes.ToImmutable();

        void Flush(int keptFrom)
        {
            if (keptFrom > originalPosition || inserted.Length > 0)
            {
                changes.Add(new TextChange(TextSpan.FromBounds(originalPosition, keptFrom), inserted.ToString()));
                inserted.Clear();
            }
        }
    }
}
