namespace ListingLsp.Syntax.Text;

public sealed partial class Rope
{
    /// <summary>
    /// The run of leaves an edit rewrites, [LeavesStart, LeavesEnd) of the old text. Their new text is
    /// old[LeavesStart, start) + newText + old[end, LeavesEnd): a few chunks plus the inserted text,
    /// never the whole document.
    /// </summary>
    private sealed class LeafEdit
    {
        private readonly Rope _rope;
        private readonly int _start;
        private readonly int _end;
        private readonly string _newText;

        public LeafEdit(Rope rope, int start, int end, string newText)
        {
            _rope = rope;
            _start = start;
            _end = end;
            _newText = newText;
            var first = RopeTree.FindLeaf(rope._root, start, out var firstStart);
            LeavesStart = firstStart;
            if (end == start)
            {
                LeavesEnd = firstStart + first.Length;
            }
            else
            {
                var last = RopeTree.FindLeaf(rope._root, end - 1, out var lastStart);
                LeavesEnd = lastStart + last.Length;
            }
        }

        public int LeavesStart { get; private set; }

        public int LeavesEnd { get; private set; }

        private int NewLength => _start - LeavesStart + _newText.Length + (LeavesEnd - _end);

        private char FirstChar =>
            _start > LeavesStart ? _rope[LeavesStart] : _newText.Length > 0 ? _newText[0] : _rope[_end];

        private char LastChar =>
            LeavesEnd > _end ? _rope[LeavesEnd - 1] : _newText.Length > 0 ? _newText[^1] : _rope[_start - 1];

        /// <summary>
        /// Takes in neighbour leaves until the new text is at least a minimum chunk (or is the whole document)
        /// and its edges do not split a CRLF or a surrogate pair with the leaves around it.
        /// </summary>
        public void WidenUntilLeavesAreValid()
        {
            var hasLeft = LeavesStart > 0;
            var hasRight = LeavesEnd < _rope.Length;
            while (hasLeft || hasRight)
            {
                if (NewLength < _rope._limits.MinChunk)
                {
                    if (hasLeft)
                    {
                        WidenLeft();
                    }
                    else
                    {
                        WidenRight();
                    }
                }
                else if (hasLeft && LineBreaks.IsUnsplittable(_rope[LeavesStart - 1], FirstChar))
                {
                    WidenLeft();
                }
                else if (hasRight && LineBreaks.IsUnsplittable(LastChar, _rope[LeavesEnd]))
                {
                    WidenRight();
                }
                else
                {
                    return;
                }
                hasLeft = LeavesStart > 0;
                hasRight = LeavesEnd < _rope.Length;
            }
        }

        private void WidenLeft()
        {
            RopeTree.FindLeaf(_rope._root, LeavesStart - 1, out var leafStart);
            LeavesStart = leafStart;
        }

        private void WidenRight()
        {
            var leaf = RopeTree.FindLeaf(_rope._root, LeavesEnd, out var leafStart);
            LeavesEnd = leafStart + leaf.Length;
        }

        public string BuildText() =>
            string.Create(NewLength, this, static (span, edit) =>
            {
                var head = edit._start - edit.LeavesStart;
                edit._rope.CopyTo(edit.LeavesStart, span[..head]);
                edit._newText.CopyTo(span[head..]);
                edit._rope.CopyTo(edit._end, span[(head + edit._newText.Length)..]);
            });
    }
}
