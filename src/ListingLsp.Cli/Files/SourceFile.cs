using System.Text;
using System.Text.Unicode;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Cli.Files;

/// <summary>
/// A listing file as read from disk: its text (without the byte-order mark) plus what a write must restore,
/// so that <c>fix</c> and <c>format</c> change only what the analysis edits say.
/// </summary>
internal sealed record SourceFile(string Path, string Text, bool HasBom)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Reads and decodes the file; throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when it cannot.</summary>
    public static SourceFile Read(string path)
    {
        var (bytes, hasBom) = ReadValid(path);
        return new SourceFile(path, StrictUtf8.GetString(Body(bytes, hasBom)), hasBom);
    }

    /// <summary>
    /// Reads the file for analysis only (check, export): its text goes from the bytes into a compact UTF-8 rope,
    /// about the file's size, where a string would be twice that. Fails as <see cref="Read"/> does.
    /// </summary>
    public static Rope ReadRope(string path)
    {
        var (bytes, hasBom) = ReadValid(path);
        return Rope.FromUtf8(Body(bytes, hasBom));
    }

    private static ReadOnlySpan<byte> Body(byte[] bytes, bool hasBom) => hasBom ? bytes.AsSpan(Bom.Length) : bytes;

    /// <summary>The file's bytes, checked to be UTF-8: decoding with replacement characters would lose bytes on the next write.</summary>
    private static (byte[] Bytes, bool HasBom) ReadValid(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var hasBom = bytes.AsSpan().StartsWith(Bom);
        var body = Body(bytes, hasBom);
        if (!Utf8.IsValid(body))
        {
            try
            {
                StrictUtf8.GetCharCount(body);
            }
            catch (DecoderFallbackException e)
            {
                throw new IOException($"not valid UTF-8 (byte offset {e.Index + (hasBom ? Bom.Length : 0)})", e);
            }
        }
        return (bytes, hasBom);
    }

    /// <summary>The line break a new line in this file should use: CRLF only when every existing break is CRLF.</summary>
    public string? PreferredLineBreak
    {
        get
        {
            var crlf = 0;
            var lf = 0;
            for (var i = 0; i < Text.Length; i++)
            {
                if (Text[i] != '\n')
                {
                    continue;
                }
                if (i > 0 && Text[i - 1] == '\r')
                {
                    crlf++;
                }
                else
                {
                    lf++;
                }
            }
            return crlf > 0 && lf == 0 ? "\r\n" : lf > 0 && crlf == 0 ? "\n" : null;
        }
    }

    public void Write(string newText)
    {
        var bytes = StrictUtf8.GetBytes(newText);
        using var stream = new FileStream(Path, FileMode.Create, FileAccess.Write);
        if (HasBom)
        {
            stream.Write(Bom);
        }
        stream.Write(bytes);
    }
}
