using ListingLsp.Syntax.Parsing;

namespace ListingLsp.Syntax.Tests.Parsing;

/// <summary>The splitter's cheap pre-check never rejects a real glue point, whatever the chars.</summary>
public class GlueCandidatesTests
{
    // Chars a name may follow: letters of several scripts and cases, digits, punctuation, space, surrogates.
    private const string PreviousChars = "aZ7 .)\"-'\u00E9\u00C9\u03B1\u0416\u9EC4\u0627\u0915\uAC00\u1E9E\uA723\uD835\uDC00";

    [Fact]
    public void Every_glue_point_passes_the_pre_check()
    {
        var missed = new List<string>();
        foreach (var previous in PreviousChars)
        {
            for (var i = 0; i <= char.MaxValue; i++)
            {
                var c = (char)i;
                // A lowercase next char makes an upper-after-upper glue point possible; a high surrogate needs its pair.
                var next = char.IsHighSurrogate(c) ? '\uDE00' : 'a';
                var text = $"x{previous}{c}{next}";
                if (TitleSplitter.IsGluePoint(text, 2) && !GlueCandidates.MayBeGluePoint(c, previous))
                {
                    missed.Add($"U+{(int)previous:X4} U+{i:X4}");
                }
            }
        }
        Assert.Empty(missed);
    }

    [Theory]
    [InlineData("Mixing Indexes\u9EC4\u5A1C, Anna Smith", 14)]
    [InlineData("Deep NetsAnna Smith", 9)]
    [InlineData("\u9EC4\u5A1C\u738B\u4F1F", -1)]
    [InlineData("lower case only, all the way", -1)]
    public void Splits_at_the_rightmost_glue_point(string byline, int expected) =>
        Assert.Equal(expected, TitleSplitter.FindAuthorsStart(byline));
}
