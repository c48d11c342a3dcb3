using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis.Tests;

/// <summary>A text with one edit written into it as <c>[deleted&gt;inserted]</c>, so test data shows where an edit falls.</summary>
internal static class MarkedEdit
{
    public static (string Text, TextChange Change) Parse(string marked)
    {
        var open = marked.IndexOf('[', StringComparison.Ordinal);
        var arrow = marked.IndexOf('>', open);
        var close = marked.IndexOf(']', arrow);
        var text = marked[..open] + marked[(open + 1)..arrow] + marked[(close + 1)..];
        return (text, new TextChange(new TextSpan(open, arrow - open - 1), marked[(arrow + 1)..close]));
    }
}
