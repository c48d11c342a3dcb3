using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis.Editing;

/// <summary>One edit of an LSP semantic-tokens delta: replace <see cref="DeleteCount"/> ints at <see cref="Start"/> with <see cref="Data"/>.</summary>
public sealed record SemanticTokenDataEdit(int Start, int DeleteCount, int[] Data);

/// <summary>The LSP wire form of semantic tokens (five relative ints per token) and deltas between two results.</summary>
public static class SemanticTokenEncoding
{
    /// <summary>
    /// Encodes tokens (ordered, each within one line, with their line as the classifier found it).
    /// Columns and lengths are UTF-16 code units unless <paramref name="measure"/> is given: it returns
    /// the width of <c>text[from..to)</c> (within one line) in the client's units (UTF-8 bytes, code points).
    /// </summary>
    public static int[] Encode(IReadOnlyList<ClassifiedSpan> tokens, Rope text, Func<Rope, int, int, int>? measure = null)
    {
        var data = new int[tokens.Count * 5];
        int previousLine = 0, previousColumn = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var (span, line, lineStart) = (tokens[i].Span, tokens[i].Line, tokens[i].LineStart);
            var column = measure?.Invoke(text, lineStart, span.Start) ?? span.Start - lineStart;
            data[i * 5] = line - previousLine;
            data[(i * 5) + 1] = line == previousLine ? column - previousColumn : column;
            data[(i * 5) + 2] = measure?.Invoke(text, span.Start, span.End) ?? span.Length;
            data[(i * 5) + 3] = SemanticTokenLegend.TypeIndex(tokens[i].Kind);
            data[(i * 5) + 4] = (int)tokens[i].Modifiers;
            previousLine = line;
            previousColumn = column;
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
