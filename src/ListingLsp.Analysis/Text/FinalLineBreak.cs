using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis;

/// <summary>Where an item's text ends without its final line break: ranges in the editor end on the item's last line.</summary>
public static class FinalLineBreak
{
    /// <summary>The end of <paramref name="span"/> with one final LF, CRLF or CR left out.</summary>
    public static int EndBeforeFinalBreak(this Rope text, TextSpan span)
    {
        var end = span.End;
        if (end > span.Start && text[end - 1] == '\n')
        {
            end--;
        }
        if (end > span.Start && text[end - 1] == '\r')
        {
            end--;
        }
        return end;
    }
}
