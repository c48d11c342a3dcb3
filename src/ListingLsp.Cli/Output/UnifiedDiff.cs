using System.Text;

namespace ListingLsp.Cli.Output;

/// <summary>A unified diff (<c>diff -u</c> shape, 3 lines of context) between two versions of a file.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>Beyond this many differing lines the exact shortest script is not worth its memory: the changed block is shown whole.</summary>
    private const int MaxEditDistance = 4000;

    private enum Op { Keep, Delete, Insert }

    public static string Create(string oldText, string newText, string oldLabel, string newLabel)
    {
        var a = SplitLines(oldText);
        var b = SplitLines(newText);
        var script = EditScript(a, b);
        var output = new StringBuilder();
        output.Append("--- ").Append(oldLabel).Append('\n');
        output.Append("+++ ").Append(newLabel).Append('\n');
        foreach (var (start, end) in Hunks(script))
        {
            WriteHunk(output, script, start, end, a, b);
        }
        return output.ToString();
    }

    /// <summary>Lines with their terminators, so a changed line ending counts as a change.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline + 1;
            lines.Add(text[start..end]);
            start = end;
        }
        return lines;
    }

    private static List<(Op Op, int A, int B)> EditScript(List<string> a, List<string> b)
    {
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }
        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }
        var script = new List<(Op, int, int)>();
        for (var i = 0; i < prefix; i++)
        {
            script.Add((Op.Keep, i, i));
        }
        script.AddRange(Middle(a, b, prefix, a.Count - suffix, prefix, b.Count - suffix));
        for (var i = suffix; i > 0; i--)
        {
            script.Add((Op.Keep, a.Count - i, b.Count - i));
        }
        return script;
    }

    /// <summary>Myers' shortest edit script over a[aStart..aEnd) and b[bStart..bEnd).</summary>
    private static List<(Op, int, int)> Middle(List<string> a, List<string> b, int aStart, int aEnd, int bStart, int bEnd)
    {
        int n = aEnd - aStart, m = bEnd - bStart, max = Math.Min(n + m, MaxEditDistance);
        var offset = max + 1;
        var v = new int[2 * max + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[aStart + x] == b[bStart + y])
                {
                    (x, y) = (x + 1, y + 1);
                }
                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    return Backtrack(trace, offset, n, m, aStart, bStart);
                }
            }
        }
        var whole = new List<(Op, int, int)>();
        whole.AddRange(Enumerable.Range(aStart, n).Select(i => (Op.Delete, i, bStart)));
        whole.AddRange(Enumerable.Range(bStart, m).Select(j => (Op.Insert, aEnd, j)));
        return whole;
    }

    private static List<(Op, int, int)> Backtrack(List<int[]> trace, int offset, int n, int m, int aStart, int bStart)
    {
        var script = new List<(Op, int, int)>();
        int x = n, y = m;
        for (var d = trace.Count - 1; d > 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var prevK = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
            var prevX = v[offset + prevK];
            var prevY = prevX - prevK;
            while (x > prevX && y > prevY)
            {
                (x, y) = (x - 1, y - 1);
                script.Add((Op.Keep, aStart + x, bStart + y));
            }
            if (prevK == k + 1)
            {
                y--;
                script.Add((Op.Insert, aStart + x, bStart + y));
            }
            else
            {
                x--;
                script.Add((Op.Delete, aStart + x, bStart + y));
            }
        }
        while (x > 0 && y > 0)
        {
            (x, y) = (x - 1, y - 1);
            script.Add((Op.Keep, aStart + x, bStart + y));
        }
        script.Reverse();
        return script;
    }

    /// <summary>Ranges of the script (end exclusive) around its changes, merged when their context would touch.</summary>
    private static List<(int Start, int End)> Hunks(List<(Op Op, int A, int B)> script)
    {
        var hunks = new List<(int, int)>();
        var i = 0;
        while (i < script.Count)
        {
            if (script[i].Op == Op.Keep)
            {
                i++;
                continue;
            }
            var start = Math.Max(0, i - Context);
            var end = i;
            var keeps = 0;
            while (end < script.Count && keeps <= 2 * Context)
            {
                keeps = script[end].Op == Op.Keep ? keeps + 1 : 0;
                end++;
            }
            end = Math.Min(script.Count, end - keeps + Math.Min(keeps, Context));
            hunks.Add((start, end));
            i = end;
        }
        return hunks;
    }

    private static void WriteHunk(StringBuilder output, List<(Op Op, int A, int B)> script, int start, int end, List<string> a, List<string> b)
    {
        var slice = script.GetRange(start, end - start);
        var oldCount = slice.Count(s => s.Op != Op.Insert);
        var newCount = slice.Count(s => s.Op != Op.Delete);
        var oldStart = oldCount == 0 ? slice[0].A : slice.First(s => s.Op != Op.Insert).A + 1;
        var newStart = newCount == 0 ? slice[0].B : slice.First(s => s.Op != Op.Delete).B + 1;
        output.Append($"@@ -{Range(oldStart, oldCount)} +{Range(newStart, newCount)} @@\n");
        foreach (var (op, ai, bi) in slice)
        {
            var (marker, line) = op switch
            {
                Op.Keep => (' ', a[ai]),
                Op.Delete => ('-', a[ai]),
                _ => ('+', b[bi]),
            };
            output.Append(marker).Append(line.TrimEnd('\n').TrimEnd('\r')).Append('\n');
            if (!line.EndsWith('\n'))
            {
                output.Append("\\ No newline at end of file\n");
            }
        }
    }

    private static string Range(int start, int count) => count == 1 ? $"{start}" : $"{start},{count}";
}
