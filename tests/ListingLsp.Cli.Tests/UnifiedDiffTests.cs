using CsCheck;
using ListingLsp.Cli.Output;

namespace ListingLsp.Cli.Tests;

public class UnifiedDiffTests
{
    [Fact]
    public void A_changed_line_shows_with_three_lines_of_context()
    {
        var diff = UnifiedDiff.Create("1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nfive\n6\n7\n8\n", "a/x", "b/x");

        Assert.Equal("--- a/x\n+++ b/x\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n", diff);
    }

    [Fact]
    public void A_missing_final_newline_is_marked()
    {
        var diff = UnifiedDiff.Create("a\nb", "a\nb\n", "a/x", "b/x");

        Assert.Equal("--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n", diff);
    }

    [Fact]
    public void Applying_the_diff_to_the_old_text_gives_the_new_text() =>
        Lines.Select(Lines)
            .Sample((oldLines, newLines) =>
            {
                var oldText = string.Concat(oldLines.Select(l => l + "\n"));
                var newText = string.Concat(newLines.Select(l => l + "\n"));
                return Apply(oldText, UnifiedDiff.Create(oldText, newText, "a", "b")) == newText;
            });

    // Few distinct lines, so matches, moves and repeats are common.
    private static readonly Gen<string[]> Lines = Gen.Char['a', 'd'].Select(c => c.ToString()).Array[0, 30];

    /// <summary>A minimal patch: copy unchanged stretches, then apply each hunk's removals and additions.</summary>
    private static string Apply(string oldText, string diff)
    {
        var old = oldText.Split('\n')[..^1];
        var result = new List<string>();
        var next = 0;
        foreach (var hunk in diff.Split("\n@@ ")[1..])
        {
            var lines = hunk.Split('\n');
            var oldStart = int.Parse(lines[0].Split(' ')[0].TrimStart('-').Split(',')[0]);
            var oldCount = lines[0].Split(' ')[0].Contains(',') ? int.Parse(lines[0].Split(' ')[0].Split(',')[1]) : 1;
            var from = oldCount == 0 ? oldStart : oldStart - 1;
            result.AddRange(old[next..from]);
            next = from;
            foreach (var line in lines[1..].Where(l => l.Length > 0))
            {
                if (line[0] != '+')
                {
                    next++;
                }
                if (line[0] != '-')
                {
                    result.Add(line[1..]);
                }
            }
        }
        result.AddRange(old[next..]);
        return string.Concat(result.Select(l => l + "\n"));
    }
}
