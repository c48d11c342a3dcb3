namespace ListingLsp.Syntax.Tests.Text;

/// <summary>The obvious, slow reading of a string's lines (LF, CRLF, lone CR) that the rope must agree with.</summary>
internal sealed class TextModel
{
    public TextModel(string text)
    {
        Text = text;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n')
            {
                var breakLength = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                Lines.Add(new ModelLine(start, i, breakLength));
                i += breakLength - 1;
                start = i + 1;
            }
        }
        Lines.Add(new ModelLine(start, text.Length, 0));
    }

    public string Text { get; }

    public List<ModelLine> Lines { get; } = [];

    public int LineOf(int offset)
    {
        var line = 0;
        while (line + 1 < Lines.Count && Lines[line + 1].Start <= offset)
        {
            line++;
        }
        return line;
    }

    public string Content(ModelLine line) => Text[line.Start..line.ContentEnd];
}

internal readonly record struct ModelLine(int Start, int ContentEnd, int BreakLength)
{
    public int End => ContentEnd + BreakLength;
}
