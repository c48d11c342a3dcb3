namespace ListingLsp.Syntax.Text;

/// <summary>A half-open range [Start, Start + Length) of UTF-16 offsets into a document.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>True when the offset is inside or exactly at the end (a caret touching the span).</summary>
    public bool Touches(int offset) => offset >= Start && offset <= End;

    public bool OverlapsWith(TextSpan other) => Start < other.End && other.Start < End;

    public TextSpan Shift(int delta) => new(Start + delta, Length);

    public override string ToString() => $"[{Start}..{End})";
}

/// <summary>A zero-based line and UTF-16 column, as LSP counts them by default.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    public static bool operator <(LinePosition a, LinePosition b) => a.CompareTo(b) < 0;
    public static bool operator >(LinePosition a, LinePosition b) => a.CompareTo(b) > 0;
    public static bool operator <=(LinePosition a, LinePosition b) => a.CompareTo(b) <= 0;
    public static bool operator >=(LinePosition a, LinePosition b) => a.CompareTo(b) >= 0;

    public override string ToString() => $"{Line}:{Character}";
}

/// <summary>Replace the text in <see cref="Span"/> with <see cref="NewText"/>.</summary>
public readonly record struct TextChange(TextSpan Span, string NewText);
