using System.Collections.Immutable;
using System.Text.Json;

namespace ListingLsp.Analysis.Editing;

/// <summary>
/// The user's <c>listing</c> settings (what the VS Code extension contributes), read from the JSON
/// the client returns for <c>workspace/configuration</c>. Keys may come nested
/// (<c>{"format": {"blankLinesBetweenEntries": 1}}</c>, as VS Code sends them) or dotted
/// (<c>{"format.blankLinesBetweenEntries": 1}</c>). Unknown keys and values of the wrong type are ignored.
/// </summary>
public sealed record ListingSettings
{
    public static ListingSettings Default { get; } = new();

    /// <summary><c>diagnostics.severity</c>: code -> severity; null turns the code off.</summary>
    public ImmutableDictionary<string, DiagnosticSeverity?> SeverityOverrides { get; init; } = ImmutableDictionary<string, DiagnosticSeverity?>.Empty;

    /// <summary><c>orgs.extra</c></summary>
    public ImmutableArray<string> ExtraOrgTags { get; init; } = [];

    /// <summary><c>categories.extra</c>: code -> full name (an array of codes is accepted; the code is its own name).</summary>
    public ImmutableDictionary<string, string> ExtraCategories { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary><c>dates.allowFuture</c></summary>
    public bool AllowFutureDates { get; init; }

    /// <summary><c>format.blankLinesBetweenEntries</c>: 0 or 1; null follows the file.</summary>
    public int? BlankLinesBetweenEntries { get; init; }

    /// <summary><c>inlayHints.enabled</c></summary>
    public bool InlayHintsEnabled { get; init; } = true;

    /// <summary>The analysis options with these settings, keeping what settings do not cover (the clock).</summary>
    public AnalysisOptions ApplyTo(AnalysisOptions options) => options with
    {
        SeverityOverrides = SeverityOverrides,
        ExtraOrgTags = ExtraOrgTags,
        ExtraCategories = ExtraCategories,
        AllowFutureDates = AllowFutureDates,
    };

    public FormattingOptions Formatting => new() { BlankLinesBetweenEntries = BlankLinesBetweenEntries };

    /// <summary>Equal by content (the collections by their items), so re-reading unchanged settings changes nothing.</summary>
    public bool Equals(ListingSettings? other) =>
        other is not null
        && SeverityOverrides.Count == other.SeverityOverrides.Count
        && SeverityOverrides.All(p => other.SeverityOverrides.TryGetValue(p.Key, out var s) && s == p.Value)
        && ExtraOrgTags.SequenceEqual(other.ExtraOrgTags)
        && ExtraCategories.Count == other.ExtraCategories.Count
        && ExtraCategories.All(p => other.ExtraCategories.TryGetValue(p.Key, out var n) && n == p.Value)
        && AllowFutureDates == other.AllowFutureDates
        && BlankLinesBetweenEntries == other.BlankLinesBetweenEntries
        && InlayHintsEnabled == other.InlayHintsEnabled;

    public override int GetHashCode() => HashCode.Combine(SeverityOverrides.Count, ExtraOrgTags.Length, ExtraCategories.Count, AllowFutureDates, BlankLinesBetweenEntries, InlayHintsEnabled);

    /// <summary>Reads the <c>listing</c> section; anything that is not an object gives the defaults.</summary>
    public static ListingSettings FromJson(JsonElement section)
    {
        if (section.ValueKind != JsonValueKind.Object)
        {
            return Default;
        }
        return new ListingSettings
        {
            SeverityOverrides = Severities(Find(section, "diagnostics", "severity")),
            ExtraOrgTags = Strings(Find(section, "orgs", "extra")),
            ExtraCategories = Categories(Find(section, "categories", "extra")),
            AllowFutureDates = Find(section, "dates", "allowFuture") is { ValueKind: JsonValueKind.True },
            BlankLinesBetweenEntries = Find(section, "format", "blankLinesBetweenEntries") is { ValueKind: JsonValueKind.Number } n
                && n.TryGetInt32(out var lines) && lines is 0 or 1 ? lines : null,
            InlayHintsEnabled = Find(section, "inlayHints", "enabled") is not { ValueKind: JsonValueKind.False },
        };
    }

    private static JsonElement? Find(JsonElement section, string group, string key)
    {
        if (section.TryGetProperty(group + "." + key, out var dotted))
        {
            return dotted;
        }
        return section.TryGetProperty(group, out var nested) && nested.ValueKind == JsonValueKind.Object && nested.TryGetProperty(key, out var value)
            ? value
            : null;
    }

    private static ImmutableDictionary<string, DiagnosticSeverity?> Severities(JsonElement? element)
    {
        var severities = ImmutableDictionary.CreateBuilder<string, DiagnosticSeverity?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, value) in Properties(element))
        {
            if (value.ValueKind == JsonValueKind.String && TryParseSeverity(value.GetString()!, out var severity))
            {
                severities[code.Trim().ToUpperInvariant()] = severity;
            }
        }
        return severities.ToImmutable();
    }

    /// <summary>A severity name as the setting spells it; "off" is a null severity.</summary>
    public static bool TryParseSeverity(string name, out DiagnosticSeverity? severity)
    {
        severity = name.Trim().ToLowerInvariant() switch
        {
            "error" => DiagnosticSeverity.Error,
            "warning" => DiagnosticSeverity.Warning,
            "information" => DiagnosticSeverity.Information,
            "hint" => DiagnosticSeverity.Hint,
            _ => null,
        };
        return severity is not null || name.Trim().Equals("off", StringComparison.OrdinalIgnoreCase);
    }

    private static ImmutableArray<string> Strings(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Array } array
            ? [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!.Trim()).Where(s => s.Length > 0)]
            : [];

    private static ImmutableDictionary<string, string> Categories(JsonElement? element)
    {
        var categories = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (code, value) in Properties(element))
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                categories[code.Trim()] = value.GetString()!.Trim();
            }
        }
        foreach (var code in Strings(element))
        {
            categories[code] = code;
        }
        return categories.ToImmutable();
    }

    private static IEnumerable<(string Name, JsonElement Value)> Properties(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Object } obj ? obj.EnumerateObject().Select(p => (p.Name, p.Value)) : [];
}
