using ListingLsp.Syntax.Text;

namespace ListingLsp.Syntax;

/// <summary>What one incremental reparse did: the new text span it parsed, the items it produced and the old items they replaced.</summary>
internal sealed record ReparseInfo(TextSpan Span, int NewItems, int RemovedItems);
