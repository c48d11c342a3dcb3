using System.Text.Json;
using ListingLsp.Analysis.Editing;

namespace ListingLsp.Analysis.Tests.Editing;

public class ListingSettingsTests
{
    private static ListingSettings Read(string json) => ListingSettings.FromJson(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void Nested_settings_as_vs_code_sends_them_are_read()
    {
        var settings = Read("""
            {
              "diagnostics": { "severity": { "LST031": "off", "lst004": "error", "LST013": "loud" } },
              "orgs": { "extra": ["my-lab", " ", 3] },
              "categories": { "extra": { "QX": "Quantum Experiments" } },
              "dates": { "allowFuture": true },
              "format": { "blankLinesBetweenEntries": 1 },
              "inlayHints": { "enabled": false }
            }
            """);
        Assert.Equal(2, settings.SeverityOverrides.Count);
        Assert.Null(settings.SeverityOverrides["LST031"]);
        Assert.Equal(DiagnosticSeverity.Error, settings.SeverityOverrides["LST004"]);
        Assert.Equal(["my-lab"], settings.ExtraOrgTags.ToArray());
        Assert.Equal("Quantum Experiments", settings.ExtraCategories["QX"]);
        Assert.True(settings.AllowFutureDates);
        Assert.Equal(1, settings.Formatting.BlankLinesBetweenEntries);
        Assert.False(settings.InlayHintsEnabled);
    }

    [Fact]
    public void Dotted_keys_and_a_list_of_category_codes_are_read()
    {
        var settings = Read("""{ "dates.allowFuture": true, "categories.extra": ["QX"], "format.blankLinesBetweenEntries": 0 }""");
        Assert.True(settings.AllowFutureDates);
        Assert.Equal("QX", settings.ExtraCategories["QX"]);
        Assert.Equal(0, settings.BlankLinesBetweenEntries);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("""{ "format": { "blankLinesBetweenEntries": 7 }, "inlayHints": { "enabled": "no" }, "orgs": { "extra": "mit" } }""")]
    public void Missing_or_wrong_values_give_the_defaults(string json)
    {
        var settings = Read(json);
        Assert.Null(settings.BlankLinesBetweenEntries);
        Assert.True(settings.InlayHintsEnabled);
        Assert.Empty(settings.ExtraOrgTags);
        Assert.False(settings.AllowFutureDates);
    }

    [Fact]
    public void Applying_settings_keeps_the_clock()
    {
        var clock = TimeProvider.System;
        var options = Read("""{ "dates": { "allowFuture": true } }""").ApplyTo(AnalysisOptions.Default with { Clock = clock });
        Assert.True(options.AllowFutureDates);
        Assert.Same(clock, options.Clock);
    }

    [Fact]
    public void Settings_read_twice_from_the_same_json_are_equal()
    {
        const string json = """{ "diagnostics": { "severity": { "LST031": "off" } }, "orgs": { "extra": ["my-lab"] }, "categories": { "extra": ["QX"] } }""";
        Assert.Equal(Read(json), Read(json));
        Assert.Equal(ListingSettings.Default, Read("{}"));
        Assert.NotEqual(ListingSettings.Default, Read(json));
    }
}
