using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis.Editing;

/// <summary>One edit of an LSP semantic-tokens delta: replace <see cref="DeleteCount"/> ints at <see cref="Start"/> with <see cref="Data"/>.</summary>
public sealed record SemanticTokenDataEdit(int Start, int DeleteCount, int[] Data);

/// <summary>The LSP wire form of semantic tokens (five relative ints per token) and deltas between two results.</summary>
public static class SemanticTokenEncoding
{
    /// <summary>
    /// Encodes tokens (ordered, single-line). <paramref name="toPosition"/> maps an offset to a position in
    /// the negotiated encoding (UTF-16 columns by default), so lengths are measured the way the client counts.
    /// </summary>
    public static int[] Encode(IReadOnlyList<ClassifiedSpan> tokens, Func<int, LinePosition> toPosition)
    {
        var data = new int[tokens.Count * 5];
        var previous = new LinePosition(0, 0);
        for (var i = 0; i < tokens.Count; i++)
        {
            var start = toPosition(tokens[i].Span.Start);
            var end = toPosition(tokens[i].Span.End);
            data[i * 5] = start.Line - previous.Line;
            data[(i * 5) + 1] = start.Line == previous.Line ? start.Character - previous.Character : start.Character;
            data[(i * 5) + 2] = end.Character - start.Character;
            data[(i * 5) + 3] = SemanticTokenLegend.TypeIndex(tokens[i].Kind);
            data[(i * 5) + 4] = (int)tokens[i].Modifiers;
            previous = start;
        }
        return data;
    }

    /// <summary>The edits that turn <paramref name="previous"/> into <paramref name="current"/>: at most one, covering what lies between the common prefix and suffix.</summary>
    public static IReadOnlyList<SemanticTokenDataEdit> Diff(int[] previous, int[] current)
    {
        var prefix = 0;
        var max = Math.Min(previous.Length, current.Length);
        while (prefix < max && previous[prefix] == current[prefix])
        {
            prefix++;
        }
        if (prefix == previous.Length && prefix == current.Length)
        {
            return [];
        }
        var suffix = 0;
        while (suffix < max - prefix && previous[previous.Length - 1 - suffix] == current[current.Length - 1 - suffix])
        {
            suffix++;
        }
        var data = current.AsSpan(prefix, current.Length - prefix - suffix).ToArray();
        return [new SemanticTokenDataEdit(prefix, previous.Length - prefix - suffix, data)];
    }
}
