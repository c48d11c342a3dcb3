using System.Reflection;

namespace ListingLsp.Cli;

internal static class ToolVersion
{
    /// <summary>The package version (without the source-revision suffix the SDK appends).</summary>
    public static string Value { get; } =
        (typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
            .Split('+')[0];
}
