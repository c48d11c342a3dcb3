using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis;

/// <summary>
/// Reads one entry's own diagnostics (LST001-LST020, LST031), entry-relative, or its typed fields
/// (absolute spans). Diagnostics alone need few strings (the first analysis of a large file reads every
/// entry), so fields are read only on request (<see cref="ReadModel"/>, <see cref="ReadHeadline"/>).
/// </summary>
internal sealed class EntryAnalyzer
{
    private readonly ReadOnlyMemory<char> _text;
    private readonly DateOnly _today;
    private readonly AnalysisOptions _options;

    /// <summary>The fields being read, when a headline or model is asked for (null while only diagnosing).</summary>
    private readonly EntryFields? _fields;

    /// <summary>Where the entry starts: fields get absolute spans (diagnostics stay entry-relative).</summary>
    private readonly int _position;
    private List<ListingDiagnostic>? _diagnostics;
    private TextSpan? _codeFlag;
    private TextSpan? _title;
    private bool _hasUrl;

    private EntryAnalyzer(ReadOnlyMemory<char> text, DateOnly today, AnalysisOptions options, EntryFields? fields, int position)
    {
        _text = text;
        _today = today;
        _options = options;
        _fields = fields;
        _position = position;
    }

    /// <param name="text">The entry's text; only read during the call (it may be a pooled buffer).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ItemAnalysis Analyze(GreenNode entry, ReadOnlyMemory<char> text, DateOnly today, AnalysisOptions options)
    {
        var analyzer = new EntryAnalyzer(text, today, options, null, 0).Run(entry, readAbstract: true);
        var diagnostics = analyzer.SortedDiagnostics();
        var key = analyzer._title is { } title ? TitleKey.Of(text.Span.Slice(title.Start, title.Length)) : null;
        return new ItemAnalysis(diagnostics, true, string.IsNullOrEmpty(key) ? null : key, CodeSet.Empty, CodeSet.Empty, titleSpan: analyzer._title);
    }

    /// <summary>The typed fields of the entry that starts at <paramref name="position"/> on <paramref name="line"/>.</summary>
    public static EntryModel ReadModel(GreenNode entry, ReadOnlyMemory<char> text, DateOnly today, AnalysisOptions options, int position, int line) =>
        ReadFields(entry, text, today, options, position, line, readAbstract: true).ToModel();

    /// <summary>The entry's header and byline fields, like <see cref="ReadModel"/>.</summary>
    /// <param name="text">The entry's lines before its abstract (the rest is not read).</param>
    public static EntryHeadline ReadHeadline(GreenNode entry, ReadOnlyMemory<char> text, DateOnly today, AnalysisOptions options, int position, int line) =>
        ReadFields(entry, text, today, options, position, line, readAbstract: false).ToHeadline();

    private static EntryFields ReadFields(GreenNode entry, ReadOnlyMemory<char> text, DateOnly today, AnalysisOptions options, int position, int line, bool readAbstract)
    {
        var fields = new EntryFields(new TextSpan(position, entry.Width), line);
        new EntryAnalyzer(text, today, options, fields, position).Run(entry, readAbstract);
        return fields;
    }

    /// <summary>An entry-relative span as a field's (absolute) span.</summary>
    private TextSpan At(TextSpan span) => span.Shift(_position);

    private ImmutableArray<ListingDiagnostic> SortedDiagnostics()
    {
        if (_diagnostics is not { } list)
        {
            return [];
        }
        // Stable, like the ordering it replaces: findings at one start keep the order they were reported in.
        return list.Count == 1 ? [list[0]] : [.. list.OrderBy(d => d.Span.Start)];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private EntryAnalyzer Run(GreenNode entry, bool readAbstract)
    {
        TextSpan? header = null, byline = null;
        var hasAbstract = false;
        foreach (var (part, offset) in GreenWalk.Children(entry, 0))
        {
            switch (part.Kind)
            {
                case SyntaxKind.Header:
                    header = ReadHeader(part, offset);
                    break;
                case SyntaxKind.Byline:
                    byline = ReadByline(part, offset);
                    break;
                case SyntaxKind.Abstract when readAbstract:
                    hasAbstract = ReadAbstract(part, offset);
                    break;
            }
        }
        if (readAbstract)
        {
            // Without the abstract (a headline) the entry's completeness is unknown, and no one asks.
            CheckCompleteness(header ?? default, byline, hasAbstract);
        }
        return this;
    }

    private string Text(TextSpan span) => new(Chars(span));

    private ReadOnlySpan<char> Chars(TextSpan span) => _text.Span.Slice(span.Start, span.Length);

    private void Report(string code, TextSpan span, string message, params CodeFix[] fixes) =>
        Add(Diagnose.Make(code, span, message, [.. fixes]));

    private void Add(ListingDiagnostic diagnostic) => (_diagnostics ??= []).Add(diagnostic);

    /// <summary>Returns the header's content span (without trailing white space and line break).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TextSpan ReadHeader(GreenNode header, int start)
    {
        TextSpan? category = null, date = null, code = null, trailing = null;
        foreach (var (token, offset) in GreenWalk.Children(header, start))
        {
            var span = new TextSpan(offset, token.Width);
            switch (token.Kind)
            {
                case SyntaxKind.Category: category = span; break;
                case SyntaxKind.Date: date = span; break;
                case SyntaxKind.CodeFlag: code = span; break;
                case SyntaxKind.HeaderTrailingText: trailing = span; break;
            }
        }
        var content = Diagnose.Trimmed(_text.Span, new TextSpan(start, header.Width));
        _codeFlag = code;
        _fields?.HeaderSpan = At(content);
        _fields?.CodeFlag = code is { } flag ? At(flag) : null;

        if (category is { } c)
        {
            var codeText = Text(c);
            var info = Categories.Find(codeText, _options);
            if (_fields is { } fields)
            {
                fields.Category = new(codeText, At(c));
                fields.CategoryInfo = info;
            }
            if (info is null)
            {
                var nearest = Categories.Nearest(codeText, _options);
                Report(DiagnosticCodes.UnknownCategory, c, Messages.UnknownCategory(codeText, nearest),
                    [.. nearest.Select((n, i) => new CodeFix($"Change to {n} ({Categories.Find(n, _options)!.Name})", [new TextChange(c, n)], IsPreferred: i == 0, IsSafe: false))]);
            }
        }
        else
        {
            Report(DiagnosticCodes.MissingCategory, date ?? content, Messages.MissingCategory);
        }

        if (date is { } d)
        {
            ReadDate(d, trailing);
        }
        else
        {
            var at = category?.End ?? start;
            var today = ListingDate.Format(_today);
            Report(DiagnosticCodes.MissingDate, category ?? content, Messages.MissingDate,
                new CodeFix($"Insert today's date ({today})", [new TextChange(new TextSpan(at, 0), today)], IsPreferred: true, IsSafe: false));
        }

        if (trailing is { } t)
        {
            ReportTrailing(t, code is null);
        }
        return content;
    }

    /// <param name="trailing">Text after the date, which may be the rest of it (<c>Aug 8th, 2025</c> lexes as <c>Aug 8</c> + <c>th, 2025</c>).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadDate(TextSpan span, TextSpan? trailing)
    {
        var written = Text(span);
        var reading = ListingDate.Read(written);
        if (_fields is { } fields)
        {
            fields.DateText = new(written, At(span));
            fields.Date = reading.Shape == DateShape.Valid ? reading.Date : null;
        }
        switch (reading.Shape)
        {
            case DateShape.Valid:
                if (!_options.AllowFutureDates && reading.Date > _today)
                {
                    Report(DiagnosticCodes.FutureDate, span, Messages.FutureDate(written, ListingDate.Format(_today)));
                }
                break;
            case DateShape.NotACalendarDate:
                Report(DiagnosticCodes.NotACalendarDate, span, Messages.NotACalendarDate(written, ListingDate.WhyNotACalendarDate(reading.Year, reading.Month, reading.Day)));
                break;
            default:
                var whole = trailing is { } t ? TextSpan.FromBounds(span.Start, t.End) : span;
                if (reading.Intended is null && whole != span && ListingDate.ReadLeniently(Text(whole)) is { } spread)
                {
                    var right = ListingDate.Format(spread);
                    Report(DiagnosticCodes.DateForm, Diagnose.Trimmed(_text.Span, whole), Messages.DateForm(Text(whole).Trim(), right), Diagnose.Fix($"Write the date as \"{right}\"", whole, right, safe: true));
                }
                else if (reading.Intended is { } intended)
                {
                    var right = ListingDate.Format(intended);
                    Report(DiagnosticCodes.DateForm, span, Messages.DateForm(written, right), Diagnose.Fix($"Write the date as \"{right}\"", span, right, safe: true));
                }
                else
                {
                    Report(DiagnosticCodes.DateForm, span, Messages.DateForm(written, null));
                }
                break;
        }
    }

    private void ReportTrailing(TextSpan span, bool noCodeFlag)
    {
        var written = Text(span);
        var shown = Diagnose.Trimmed(_text.Span, span);
        var fixes = new List<CodeFix>();
        if (noCodeFlag && written.Trim().Equals("Code", StringComparison.OrdinalIgnoreCase))
        {
            // ` Code`, `code`: the curator meant the flag.
            fixes.Add(Diagnose.Fix("Write the flag as \"Code\"", span, "Code", safe: true));
        }
        fixes.Add(new CodeFix("Remove the text after the date", [new TextChange(span, "")], IsPreferred: fixes.Count == 0, IsSafe: false));
        Report(DiagnosticCodes.HeaderTrailingText, shown.Length == 0 ? span : shown, Messages.HeaderTrailingText(written.Trim()), [.. fixes]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TextSpan ReadByline(GreenNode byline, int start)
    {
        foreach (var (part, offset) in GreenWalk.Children(byline, start))
        {
            var span = new TextSpan(offset, part.Width);
            switch (part.Kind)
            {
                case SyntaxKind.Title:
                    _title = span;
                    _fields?.Title = new(Text(span), At(span));
                    break;
                case SyntaxKind.BylineText:
                    var shown = Diagnose.Trimmed(_text.Span, span);
                    Report(DiagnosticCodes.MalformedByline, shown, Messages.MalformedByline);
                    break;
                case SyntaxKind.AuthorList:
                    var authors = ReadList(part, offset, SyntaxKind.AuthorName, isOrg: false);
                    _fields?.Authors = authors;
                    break;
                case SyntaxKind.EtAl:
                    _fields?.EtAl = At(span);
                    if (!Chars(span).SequenceEqual(" et al."))
                    {
                        Report(DiagnosticCodes.EtAlForm, span, Messages.EtAlForm(Text(span).Trim()), Diagnose.Fix("Write \" et al.\"", span, " et al.", safe: true));
                    }
                    break;
                case SyntaxKind.OrgList:
                    var orgs = ReadOrgs(part, offset);
                    _fields?.Orgs = orgs;
                    break;
            }
        }
        return Diagnose.Trimmed(_text.Span, new TextSpan(start, byline.Width));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ImmutableArray<Located<string>> ReadOrgs(GreenNode orgList, int start)
    {
        foreach (var (token, offset) in GreenWalk.Children(orgList, start))
        {
            if (token.Kind == SyntaxKind.OrgSeparator)
            {
                var span = new TextSpan(offset, token.Width);
                if (!Chars(span).SequenceEqual(" · "))
                {
                    var written = Text(span);
                    Report(DiagnosticCodes.OrgSeparator, span, Messages.OrgSeparator(written), Diagnose.Fix("Write \" · \"", span, " · ", safe: true));
                }
            }
        }
        return ReadList(orgList, start, SyntaxKind.OrgTag, isOrg: true);
    }

    /// <summary>Names or tags with their separators: empties, repeats and (for tags) tag form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ImmutableArray<Located<string>> ReadList(GreenNode list, int start, SyntaxKind itemKind, bool isOrg)
    {
        // Every entry has lists: the working lists are reused per thread (ReadList never nests).
        var scratch = t_listScratch ??= new();
        var (items, separators, fingerprints, keys) = (scratch.Items, scratch.Separators, scratch.Fingerprints, scratch.Keys);
        items.Clear();
        separators.Clear();
        fingerprints.Clear();
        keys.Clear();
        TextSpan? pendingSeparator = null;
        TextSpan? orgSeparator = null;
        foreach (var (token, offset) in GreenWalk.Children(list, start))
        {
            var span = new TextSpan(offset, token.Width);
            if (token.Kind == itemKind)
            {
                items.Add(span);
                separators.Add(pendingSeparator);
                fingerprints.Add(0);
                keys.Add(null);
                pendingSeparator = null;
            }
            else if (token.Kind == SyntaxKind.Comma)
            {
                pendingSeparator = span;
            }
            else if (token.Kind == SyntaxKind.OrgSeparator)
            {
                orgSeparator = span;
            }
        }

        var result = _fields is null ? null : ImmutableArray.CreateBuilder<Located<string>>(items.Count);
        // Repeats are found by comparing cheap fingerprints first; keys are made only for candidates.
        for (var i = 0; i < items.Count; i++)
        {
            var span = items[i];
            var chars = Chars(span);
            // Removing an item takes the separator before it, or after it for the first item.
            var removal = separators[i] is { } before ? TextSpan.FromBounds(before.Start, span.End)
                : i + 1 < items.Count && separators[i + 1] is { } after ? TextSpan.FromBounds(span.Start, after.End)
                : (TextSpan?)null;
            if (chars.IsWhiteSpace())
            {
                fingerprints[i] = -1;
                var shown = removal ?? (orgSeparator is { } sep ? TextSpan.FromBounds(sep.Start, span.End) : span);
                if (isOrg)
                {
                    Report(DiagnosticCodes.EmptyOrg, shown, items.Count == 1 ? Messages.NoOrgAfterSeparator : Messages.EmptyOrg);
                }
                else
                {
                    Report(DiagnosticCodes.EmptyAuthor, shown, Messages.EmptyAuthor,
                        removal is { } r ? [Diagnose.Fix("Remove the empty author name", r, "", safe: true)] : []);
                }
                continue;
            }
            if (result is not null)
            {
                // Reading fields for a model: the checks below only make diagnostics, which no one reads then.
                result.Add(new(Text(span), At(span)));
                continue;
            }

            fingerprints[i] = isOrg ? 0 : NameFingerprint(chars);
            if (FirstWithSameKey(items, fingerprints, keys, i, isOrg) is { } first)
            {
                var written = Text(span);
                var code = isOrg ? DiagnosticCodes.DuplicateOrg : DiagnosticCodes.DuplicateAuthor;
                var fixes = removal is { } r ? ImmutableArray.Create(Diagnose.Fix(isOrg ? "Remove the repeated org" : "Remove the repeated author", r, "", safe: true)) : [];
                Add(Diagnose.Make(code, span, isOrg ? Messages.DuplicateOrg(written) : Messages.DuplicateAuthor(written), fixes,
                    [new RelatedLocation(first, "first listed here")]));
            }
            if (isOrg && !TagForm.IsTag(chars))
            {
                var written = Text(span);
                var tag = TagForm.ToTag(written);
                Report(DiagnosticCodes.OrgTagForm, span, Messages.OrgTagForm(written, tag),
                    tag is null ? [] : [Diagnose.Fix($"Write \"{tag}\"", span, tag, safe: true)]);
            }
        }
        keys.Clear();
        return result is null ? [] : result.ToImmutable();
    }

    [ThreadStatic]
    private static ListScratch? t_listScratch;

    private sealed class ListScratch
    {
        public List<TextSpan> Items { get; } = [];

        public List<TextSpan?> Separators { get; } = [];

        public List<int> Fingerprints { get; } = [];

        public List<string?> Keys { get; } = [];
    }

    /// <summary>The earliest non-empty item before <paramref name="i"/> with the same name key (authors) or tag key (orgs).</summary>
    private TextSpan? FirstWithSameKey(List<TextSpan> items, List<int> fingerprints, List<string?> keys, int i, bool isOrg)
    {
        for (var j = 0; j < i; j++)
        {
            if (fingerprints[j] == fingerprints[i] && fingerprints[j] >= 0 && Key(items, keys, j, isOrg) == Key(items, keys, i, isOrg))
            {
                return items[j];
            }
        }
        return null;
    }

    private string Key(List<TextSpan> items, List<string?> keys, int i, bool isOrg)
    {
        if (keys[i] is null)
        {
            var written = Text(items[i]);
            keys[i] = isOrg ? TagForm.ToTag(written) ?? written : TitleKey.OfName(written);
        }
        return keys[i]!;
    }

    /// <summary>
    /// Equal for names with equal keys (<see cref="TitleKey.OfName"/>): a hash of the lowercased
    /// characters other than white space; surrogates are left out because the key lowercases them
    /// as pairs. Never negative (-1 marks an empty item).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int NameFingerprint(ReadOnlySpan<char> chars)
    {
        var hash = 17;
        foreach (var c in chars)
        {
            if (!char.IsWhiteSpace(c) && !char.IsSurrogate(c))
            {
                hash = unchecked((hash * 31) + char.ToLowerInvariant(c));
            }
        }
        return hash & int.MaxValue;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadAbstract(GreenNode node, int start)
    {
        foreach (var (token, offset) in GreenWalk.Children(node, start))
        {
            if (token.Kind == SyntaxKind.AbstractText && token.Width > 0)
            {
                var span = new TextSpan(offset, token.Width);
                if (_fields is { } fields)
                {
                    var text = Text(span);
                    fields.Abstract = new(text, At(span));
                    fields.Urls = [.. Urls.Find(text).Select(u => new Located<string>(u.Url, At(new TextSpan(offset + u.Offset, u.Url.Length))))];
                    _hasUrl = !fields.Urls.IsEmpty;
                }
                else if (_codeFlag is not null)
                {
                    // Only LST031 asks about URLs, and only for an entry with the code flag.
                    _hasUrl = Urls.Any(Chars(span));
                }
                return true;
            }
        }
        return false;
    }

    private void CheckCompleteness(TextSpan header, TextSpan? byline, bool hasAbstract)
    {
        if (byline is null)
        {
            // The abstract is missing too, but one finding says it: the byline comes first.
            Report(DiagnosticCodes.MissingByline, header, Messages.MissingByline);
            return;
        }
        if (!hasAbstract)
        {
            Report(DiagnosticCodes.MissingAbstract, byline.Value, Messages.MissingAbstract);
        }
        else if (_codeFlag is { } flag && !_hasUrl)
        {
            Report(DiagnosticCodes.CodeWithoutUrl, flag, Messages.CodeWithoutUrl);
        }
    }
}
