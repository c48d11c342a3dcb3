using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ListingLsp.Syntax;

/// <summary>
/// Nodes that hold their children in the node object itself: a node and its children array would
/// be two objects, and every node of a parsed tree survives into older GC generations, so the copy
/// cost follows the object count. Capacities are rounded up to a few sizes; a node records how many
/// of its inline slots it uses.
/// </summary>
internal static class InlineGreenNodes
{
    public const int MaxInline = 32;

    /// <summary>A node over a copy of the children, or null when they are too many (or none) to inline.</summary>
    public static GreenNode? Create(SyntaxKind kind, int width, ReadOnlySpan<GreenNode> children) => (kind, children.Length) switch
    {
        // Entries (Header Byline? Abstract?) alone carry an annotation slot: 8 bytes on them only.
        (SyntaxKind.Entry, 1) => new AnnotatedInlineGreenNode<Slots1>(kind, width, children),
        (SyntaxKind.Entry, 2) => new AnnotatedInlineGreenNode<Slots2>(kind, width, children),
        (SyntaxKind.Entry, 3) => new AnnotatedInlineGreenNode<Slots3>(kind, width, children),
        _ => Plain(kind, width, children),
    };

    private static GreenNode? Plain(SyntaxKind kind, int width, ReadOnlySpan<GreenNode> children) => children.Length switch
    {
        0 => null,
        1 => new InlineGreenNode<Slots1>(kind, width, children),
        2 => new InlineGreenNode<Slots2>(kind, width, children),
        3 => new InlineGreenNode<Slots3>(kind, width, children),
        4 => new InlineGreenNode<Slots4>(kind, width, children),
        5 => new InlineGreenNode<Slots5>(kind, width, children),
        6 => new InlineGreenNode<Slots6>(kind, width, children),
        7 => new InlineGreenNode<Slots7>(kind, width, children),
        8 => new InlineGreenNode<Slots8>(kind, width, children),
        <= 10 => new InlineGreenNode<Slots10>(kind, width, children),
        <= 12 => new InlineGreenNode<Slots12>(kind, width, children),
        <= 16 => new InlineGreenNode<Slots16>(kind, width, children),
        <= 24 => new InlineGreenNode<Slots24>(kind, width, children),
        <= MaxInline => new InlineGreenNode<Slots32>(kind, width, children),
        _ => null,
    };

    /// <summary>A node over up to as many children as <typeparamref name="TSlots"/> (an inline array of green nodes) holds.</summary>
    private class InlineGreenNode<TSlots> : GreenNode
        where TSlots : struct
    {
        // Not readonly: the constructor fills it through a ref (a readonly field would be "never assigned").
        private TSlots _slots;

        public InlineGreenNode(SyntaxKind kind, int width, ReadOnlySpan<GreenNode> children)
            : base(kind, width, children.Length)
        {
            children.CopyTo(MemoryMarshal.CreateSpan(ref First, Unsafe.SizeOf<TSlots>() / Unsafe.SizeOf<GreenNode>()));
        }

        private ref GreenNode First => ref Unsafe.As<TSlots, GreenNode>(ref _slots);

        public override ReadOnlySpan<GreenNode> Slots => MemoryMarshal.CreateReadOnlySpan(ref First, InlineCount);
    }

    /// <summary>An inline node with a <see cref="GreenNode.Annotation"/> slot (entry nodes, never shared).</summary>
    private sealed class AnnotatedInlineGreenNode<TSlots>(SyntaxKind kind, int width, ReadOnlySpan<GreenNode> children)
        : InlineGreenNode<TSlots>(kind, width, children)
        where TSlots : struct
    {
        public override object? Annotation { get; set; }
    }

    [InlineArray(1)] private struct Slots1 { private GreenNode _e; }
    [InlineArray(2)] private struct Slots2 { private GreenNode _e; }
    [InlineArray(3)] private struct Slots3 { private GreenNode _e; }
    [InlineArray(4)] private struct Slots4 { private GreenNode _e; }
    [InlineArray(5)] private struct Slots5 { private GreenNode _e; }
    [InlineArray(6)] private struct Slots6 { private GreenNode _e; }
    [InlineArray(7)] private struct Slots7 { private GreenNode _e; }
    [InlineArray(8)] private struct Slots8 { private GreenNode _e; }
    [InlineArray(10)] private struct Slots10 { private GreenNode _e; }
    [InlineArray(12)] private struct Slots12 { private GreenNode _e; }
    [InlineArray(16)] private struct Slots16 { private GreenNode _e; }
    [InlineArray(24)] private struct Slots24 { private GreenNode _e; }
    [InlineArray(32)] private struct Slots32 { private GreenNode _e; }
}
