namespace ListingLsp.Syntax;

/// <summary>
/// Kinds of green nodes. Tokens hold no text: the text comes from the tree's rope at the token's
/// offset. Every char of the file is in exactly one token.
/// </summary>
public enum SyntaxKind : ushort
{
    None = 0,

    // ---- tokens ----
    ByteOrderMark,
    /// <summary>LF, CRLF or a lone CR.</summary>
    EndOfLine,
    /// <summary>Spaces/tabs: a blank line's content, or trailing white space at a line's end.</summary>
    Whitespace,

    /// <summary>Header: the leading run of uppercase letters (2-5); any length other than a known
    /// two-letter code is an analysis diagnostic, not a parse error.</summary>
    Category,
    /// <summary>Header: the date text as written (valid or not; analysis parses it).</summary>
    Date,
    /// <summary>Header: the literal <c>Code</c>.</summary>
    CodeFlag,
    /// <summary>Header: anything after the date or Code that does not belong there (LST007).</summary>
    HeaderTrailingText,

    /// <summary>Byline: the title, up to the glue point.</summary>
    Title,
    /// <summary>Byline: one author's name (may be zero-width: an empty name, LST012).</summary>
    AuthorName,
    /// <summary>The separator between two authors or two org tags: a comma with the spaces and tabs after it
    /// (<c>", "</c>, or a variant such as <c>","</c> or <c>",  "</c>).</summary>
    Comma,
    /// <summary>Byline: the truncation mark with its leading white space (<c>" et al."</c> or a variant, LST013:
    /// <c>" et al"</c>, <c>" et. al."</c>, <c>" et al.,"</c>, <c>" Et al."</c>, <c>", et al."</c>).</summary>
    EtAl,
    /// <summary>Byline: the org part's separator with its spaces (<c>" · "</c>; <c>" ·"</c> closing the line, then
    /// the tag is empty; or a variant, LST018: <c>" - "</c>, <c>" | "</c>, <c>" • "</c>, <c>"·"</c>).</summary>
    OrgSeparator,
    /// <summary>Byline: one org tag as written (may be zero-width, LST017; may be out of tag form, LST014).</summary>
    OrgTag,
    /// <summary>Byline with no glue point (LST011): the whole text, unsplit.</summary>
    BylineText,

    AbstractText,

    /// <summary>A whole <c># ...</c> comment line (without its line break; trailing white space included).</summary>
    CommentText,
    /// <summary>A whole <c>## ...</c> section heading line (<c>##</c> then a space or tab; trailing white space included).</summary>
    SectionText,
    /// <summary><c># listing-ignore</c> or <c># listing-ignore-file</c> (any spaces or tabs between <c>#</c> and the word).</summary>
    DirectiveKeyword,
    /// <summary>One code in a directive (<c>LST004</c>, or an unknown word, LST040).</summary>
    DirectiveCode,
    /// <summary>A line where a header was expected that is none (LST021).</summary>
    SkippedText,

    // ---- nodes ----
    /// <summary>Root: [ByteOrderMark?] ItemBlock.</summary>
    ListingFile,
    /// <summary>Internal node of the balanced item tree; its leaves are items. Not part of the format.</summary>
    ItemBlock,

    // items (each starts at a line start, where a header is expected)
    /// <summary>Header Byline? Abstract?</summary>
    Entry,
    /// <summary>CommentText EndOfLine?</summary>
    Comment,
    /// <summary>SectionText EndOfLine?</summary>
    SectionHeading,
    /// <summary>DirectiveKeyword (Whitespace DirectiveCode)* Whitespace? EndOfLine?</summary>
    Directive,
    /// <summary>Whitespace? EndOfLine?</summary>
    BlankLine,
    /// <summary>SkippedText EndOfLine?</summary>
    SkippedLine,

    // entry parts
    /// <summary>Category? Date? CodeFlag? HeaderTrailingText? Whitespace? EndOfLine?</summary>
    Header,
    /// <summary>Title AuthorList EtAl? OrgList? Whitespace? EndOfLine?, or BylineText Whitespace? EndOfLine? (LST011).</summary>
    Byline,
    /// <summary>AuthorName (Comma AuthorName)*</summary>
    AuthorList,
    /// <summary>OrgSeparator OrgTag (Comma OrgTag)*</summary>
    OrgList,
    /// <summary>AbstractText Whitespace? EndOfLine?</summary>
    Abstract,
}

public static class SyntaxKindFacts
{
    public static bool IsToken(this SyntaxKind kind) => kind is > SyntaxKind.None and < SyntaxKind.ListingFile;

    /// <summary>Kinds that are direct leaves of the item tree.</summary>
    public static bool IsItem(this SyntaxKind kind) => kind is >= SyntaxKind.Entry and <= SyntaxKind.SkippedLine;
}
