using System.Text;

namespace ListingLsp.Benchmarks.Lsp;

/// <summary>Reads LSP frames (`Content-Length: N\r\n...\r\n\r\n` + N bytes of JSON) from a stream.</summary>
internal sealed class FrameReader(Stream stream)
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;

    /// <summary>The next frame's body, or null at the end of the stream.</summary>
    public async Task<byte[]?> ReadAsync()
    {
        int headerEnd;
        while ((headerEnd = buffer.AsSpan(start, end - start).IndexOf(HeaderEnd)) < 0)
        {
            if (!await FillAsync())
            {
                return null;
            }
        }
        var length = ContentLength(Encoding.ASCII.GetString(buffer, start, headerEnd));
        start += headerEnd + HeaderEnd.Length;

        var body = new byte[length];
        var buffered = Math.Min(length, end - start);
        buffer.AsSpan(start, buffered).CopyTo(body);
        start += buffered;
        if (buffered < length)
        {
            await stream.ReadExactlyAsync(body.AsMemory(buffered));
        }
        return body;
    }

    private async Task<bool> FillAsync()
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }
        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }
        var read = await stream.ReadAsync(buffer.AsMemory(end));
        end += read;
        return read > 0;
    }

    private static int ContentLength(string headers)
    {
        foreach (var line in headers.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                return int.Parse(line[(colon + 1)..].Trim());
            }
        }
        throw new InvalidDataException("LSP frame without Content-Length: " + headers);
    }
}
