using System.Globalization;
using System.Text;

namespace ListingLsp.Syntax;

/// <summary>
/// A readable, stable dump of a tree for tests: one line per node (kind and span) or token (kind,
/// span and escaped text), indented by depth. The B-tree blocks that hold the items are left out:
/// they are storage, not syntax, and their shape depends on the edit history.
/// </summary>
public static class SyntaxTreeDumper
{
    public static string Dump(SyntaxTree tree)
    {
        var output = new StringBuilder();
        Write(tree.GetRoot(), 0, output);
        return output.ToString();
    }

    public static string Dump(SyntaxNode node)
    {
        var output = new StringBuilder();
        Write(node, 0, output);
        return output.ToString();
    }

    private static void Write(SyntaxNode node, int depth, StringBuilder output)
    {
        if (node.Kind == SyntaxKind.ItemBlock)
        {
            foreach (var item in node.Tree.ItemsFrom(node.Position))
            {
                if (item.Position >= node.Span.End)
                {
                    break;
                }
                Write(item, depth, output);
            }
            return;
        }
        output.Append(' ', depth * 2).Append(node.Kind).Append(' ').Append(node.Span);
        if (node.IsToken)
        {
            output.Append(" \"");
            Escape(node.GetText(), output);
            output.Append('"');
        }
        output.Append('\n');
        foreach (var child in node.Children)
        {
            Write(child, depth + 1, output);
        }
    }

    /// <summary>Escapes line breaks, tabs, quotes, control chars, the BOM and lone surrogates.</summary>
    public static void Escape(string text, StringBuilder output)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                output.Append(c).Append(text[++i]);
                continue;
            }
            switch (c)
            {
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                case '\t': output.Append("\\t"); break;
                case '\\': output.Append("\\\\"); break;
                case '"': output.Append("\\\""); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c == '\uFEFF')
                    {
                        output.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        output.Append(c);
                    }
                    break;
            }
        }
    }
}
