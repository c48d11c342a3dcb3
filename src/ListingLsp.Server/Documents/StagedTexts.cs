using ListingLsp.Server.Protocol;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Server.Documents;

/// <summary>
/// Texts of large didOpen frames, decoded into ropes by <see cref="Rpc.LspMessageFormatter"/> while it read
/// the frame, waiting for their didOpen to be dispatched (the message reader may run ahead of dispatch).
/// </summary>
internal sealed class StagedTexts
{
    private readonly List<(string Uri, int Version, Rope Text)> waiting = [];

    public void Add(string uri, int version, Rope text)
    {
        lock (waiting)
        {
            waiting.Add((uri, version, text));
        }
    }

    /// <summary>
    /// The staged text of this didOpen, or null when its text came inline. Texts staged before it are
    /// dropped too: messages are dispatched in the order they were read, so nobody will claim them.
    /// </summary>
    public Rope? Take(TextDocumentItem item)
    {
        lock (waiting)
        {
            var index = waiting.FindIndex(t => t.Uri == item.Uri && t.Version == item.Version);
            if (index < 0)
            {
                return null;
            }
            var text = waiting[index].Text;
            waiting.RemoveRange(0, index + 1);
            return text;
        }
    }
}
