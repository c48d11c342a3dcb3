using System.Buffers;
using System.Text;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Server.Rpc;

/// <summary>
/// Decodes one JSON string value from a frame's bytes straight into a <see cref="RopeBuilder"/>: runs without
/// escapes are appended as they are (JSON text is UTF-8 already) and escapes are decoded on the way, across
/// the frame's segments, so no contiguous copy of the value and no .NET string of it is ever made.
/// </summary>
/// <remarks>
/// A lone surrogate escape (<c>\ud800</c> not followed by its low half) becomes U+FFFD, as invalid UTF-8
/// does in the rope. Raw control characters are kept, not rejected: losing a document over them would be worse.
/// </remarks>
internal sealed class JsonStringDecoder
{
    private const int NoSurrogate = -1;
    private readonly RopeBuilder output;
    private Mode mode;
    private int hexValue;
    private int hexDigits;
    private int highSurrogate = NoSurrogate;

    private JsonStringDecoder(RopeBuilder output) => this.output = output;

    private enum Mode
    {
        Plain,
        Escape,
        Unicode,
    }

    /// <summary>
    /// Decodes the string whose opening quote starts <paramref name="value"/>; returns the position just past
    /// its closing quote, or null when the value is not a well-formed, terminated string.
    /// </summary>
    public static SequencePosition? Decode(ReadOnlySequence<byte> value, RopeBuilder output)
    {
        var reader = new SequenceReader<byte>(value);
        if (!reader.IsNext((byte)'"', advancePast: true))
        {
            return null;
        }
        var decoder = new JsonStringDecoder(output);
        while (!reader.End)
        {
            var span = reader.UnreadSpan;
            var consumed = decoder.Feed(span, out var closed);
            if (consumed < 0)
            {
                return null;
            }
            reader.Advance(consumed);
            if (closed)
            {
                return reader.Position;
            }
        }
        return null;
    }

    /// <summary>Decodes what it can of <paramref name="span"/>: bytes consumed, or -1 for a bad escape.</summary>
    private int Feed(ReadOnlySpan<byte> span, out bool closed)
    {
        closed = false;
        var i = 0;
        while (i < span.Length)
        {
            switch (mode)
            {
                case Mode.Plain:
                    var run = span[i..];
                    var stop = run.IndexOfAny((byte)'"', (byte)'\\');
                    var plain = stop < 0 ? run : run[..stop];
                    if (!plain.IsEmpty)
                    {
                        FlushSurrogate();
                        output.Append(plain);
                    }
                    if (stop < 0)
                    {
                        return span.Length;
                    }
                    i += stop + 1;
                    if (run[stop] == (byte)'"')
                    {
                        FlushSurrogate();
                        closed = true;
                        return i;
                    }
                    mode = Mode.Escape;
                    break;
                case Mode.Escape:
                    if (!Escape(span[i++]))
                    {
                        return -1;
                    }
                    break;
                default:
                    if (!HexDigit(span[i++]))
                    {
                        return -1;
                    }
                    break;
            }
        }
        return i;
    }

    private bool Escape(byte letter)
    {
        if (letter == (byte)'u')
        {
            (mode, hexValue, hexDigits) = (Mode.Unicode, 0, 0);
            return true;
        }
        var unescaped = letter switch
        {
            (byte)'"' => '"',
            (byte)'\\' => '\\',
            (byte)'/' => '/',
            (byte)'b' => '\b',
            (byte)'f' => '\f',
            (byte)'n' => '\n',
            (byte)'r' => '\r',
            (byte)'t' => '\t',
            _ => '\0',
        };
        if (unescaped == '\0')
        {
            return false;
        }
        FlushSurrogate();
        Span<byte> one = [(byte)unescaped];
        output.Append(one);
        mode = Mode.Plain;
        return true;
    }

    private bool HexDigit(byte digit)
    {
        var value = HexValue(digit);
        if (value < 0)
        {
            return false;
        }
        hexValue = (hexValue << 4) | value;
        if (++hexDigits == 4)
        {
            CodeUnit(hexValue);
            mode = Mode.Plain;
        }
        return true;
    }

    private static int HexValue(byte digit) => digit switch
    {
        >= (byte)'0' and <= (byte)'9' => digit - '0',
        >= (byte)'a' and <= (byte)'f' => digit - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => digit - 'A' + 10,
        _ => -1,
    };

    /// <summary>One <c>\uXXXX</c> escape: a surrogate half waits for its partner.</summary>
    private void CodeUnit(int unit)
    {
        if (char.IsLowSurrogate((char)unit) && highSurrogate != NoSurrogate)
        {
            Emit(char.ConvertToUtf32((char)highSurrogate, (char)unit));
            highSurrogate = NoSurrogate;
            return;
        }
        FlushSurrogate();
        if (char.IsHighSurrogate((char)unit))
        {
            highSurrogate = unit;
            return;
        }
        Emit(char.IsLowSurrogate((char)unit) ? Rune.ReplacementChar.Value : unit);
    }

    private void FlushSurrogate()
    {
        if (highSurrogate != NoSurrogate)
        {
            highSurrogate = NoSurrogate;
            Emit(Rune.ReplacementChar.Value);
        }
    }

    private void Emit(int scalar)
    {
        Span<byte> utf8 = stackalloc byte[4];
        var length = new Rune(scalar).EncodeToUtf8(utf8);
        output.Append(utf8[..length]);
    }
}
