using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ListingLsp.Syntax.Text;

/// <summary>Line-break arithmetic shared by the rope and its readers: LF, CRLF and a lone CR (LSP's rule).</summary>
internal static class LineBreaks
{
    /// <summary>Breaks in <paramref name="text"/>; a CR at the very end counts as a lone CR.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            var cr = text.Count('\r');
            return text.Count('\n') + (cr == 0 ? 0 : cr - text.Count("\r\n"));
        }
        // One pass for LF and lone CR (loading the vector one char ahead to see each CR's successor):
        // loading a file is this scan over every char, so it should cost one read of the text.
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var lf = Vector256.Create((ushort)'\n');
        var cr256 = Vector256.Create((ushort)'\r');
        var count = 0;
        var i = 0;
        for (; i + Vector256<ushort>.Count < text.Length; i += Vector256<ushort>.Count)
        {
            var chars = Vector256.LoadUnsafe(ref first, (nuint)i);
            count += BitOperations.PopCount(Vector256.Equals(chars, lf).ExtractMostSignificantBits());
            var isCr = Vector256.Equals(chars, cr256);
            if (isCr != Vector256<ushort>.Zero)
            {
                var next = Vector256.LoadUnsafe(ref first, (nuint)(i + 1));
                count += BitOperations.PopCount(Vector256.AndNot(isCr, Vector256.Equals(next, lf)).ExtractMostSignificantBits());
            }
        }
        for (; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>Offset just after the <paramref name="n"/>-th (1-based) break, or -1 when there are fewer.</summary>
    public static int EndOfBreak(ReadOnlySpan<char> text, int n, out int breakLength)
    {
        var pos = 0;
        while (true)
        {
            var i = text[pos..].IndexOfAny('\r', '\n');
            if (i < 0)
            {
                breakLength = 0;
                return -1;
            }
            pos += i;
            breakLength = text[pos] == '\r' && pos + 1 < text.Length && text[pos + 1] == '\n' ? 2 : 1;
            pos += breakLength;
            if (--n == 0)
            {
                return pos;
            }
        }
    }

    /// <summary>True when a chunk boundary between these two chars would split a CRLF or a surrogate pair.</summary>
    public static bool IsUnsplittable(char before, char after) =>
        (before == '\r' && after == '\n') || (char.IsHighSurrogate(before) && char.IsLowSurrogate(after));
}
