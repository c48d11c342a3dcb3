using ListingLsp.Syntax;

namespace ListingLsp.Analysis;

/// <summary>
/// A child of an ItemBlock that shows diagnostics or carries ignore codes, at its offset in the block.
/// <paramref name="AfterCleanEntry"/>: a skipped entry without findings stands between it and the
/// previous notable child, so no next-entry ignore is pending when it starts.
/// </summary>
internal readonly record struct NotableChild(GreenNode Node, int Offset, Summary Summary, bool AfterCleanEntry);
