using static ListingLsp.Syntax.Parsing.LineText;

namespace ListingLsp.Syntax.Parsing;

/// <summary>
/// The line grammar as a push parser: fed one line at a time, it hands each finished item to <paramref name="emit"/>.
/// Between items the state is always "header expected", so parsing can start at any item boundary
/// and yields the same items a full parse would: that is what makes incremental reparse exact.
/// Inside an entry, the next line is its byline or abstract unless it is blank or a valid header.
/// </summary>
internal sealed class ItemParser(Action<GreenNode> emit)
{
    private enum State
    {
        HeaderExpected,
        BylineExpected,
        AbstractExpected,
    }

    private readonly GreenBuilder _builder = new();
    private State _state;

    /// <summary>One line: its content without the break, and the break's length (0 for the last line).</summary>
    public void Feed(ReadOnlySpan<char> content, int breakLength)
    {
        if (_state != State.HeaderExpected)
        {
            if (IsBlank(content) || HeaderLexer.IsValidHeader(content))
            {
                FinishEntry();
            }
            else if (_state == State.BylineExpected)
            {
                var mark = _builder.Count;
                BylineLexer.Lex(content, _builder);
                FinishLine(SyntaxKind.Byline, mark, breakLength);
                _state = State.AbstractExpected;
                return;
            }
            else
            {
                var mark = _builder.Count;
                var text = TrimmedLength(content);
                _builder.Token(SyntaxKind.AbstractText, text);
                _builder.OptionalToken(SyntaxKind.Whitespace, content.Length - text);
                FinishLine(SyntaxKind.Abstract, mark, breakLength);
                FinishEntry();
                return;
            }
        }
        FeedWhereHeaderExpected(content, breakLength);
    }

    /// <summary>Closes an entry left open by the end of the text.</summary>
    public void Finish()
    {
        if (_state != State.HeaderExpected)
        {
            FinishEntry();
        }
    }

    private void FeedWhereHeaderExpected(ReadOnlySpan<char> content, int breakLength)
    {
        var mark = _builder.Count;
        if (IsBlank(content))
        {
            _builder.OptionalToken(SyntaxKind.Whitespace, content.Length);
            emit(FinishLine(SyntaxKind.BlankLine, mark, breakLength));
            _builder.Pop();
        }
        else if (content[0] == '#')
        {
            var kind = CommentLexer.Lex(content, _builder);
            emit(FinishLine(kind, mark, breakLength));
            _builder.Pop();
        }
        else if (HeaderLexer.IsHeaderLike(content))
        {
            HeaderLexer.Lex(content, _builder);
            FinishLine(SyntaxKind.Header, mark, breakLength);
            _state = State.BylineExpected;
        }
        else
        {
            _builder.Token(SyntaxKind.SkippedText, content.Length);
            emit(FinishLine(SyntaxKind.SkippedLine, mark, breakLength));
            _builder.Pop();
        }
    }

    private GreenNode FinishLine(SyntaxKind kind, int mark, int breakLength)
    {
        _builder.OptionalToken(SyntaxKind.EndOfLine, breakLength);
        return _builder.Finish(kind, mark);
    }

    private void FinishEntry()
    {
        // The entry's parts are the only nodes on the builder while an entry is open.
        emit(_builder.Finish(SyntaxKind.Entry, 0));
        _builder.Pop();
        _state = State.HeaderExpected;
    }
}
