using System.Text.Json;
using ListingLsp.Cli.Output;

namespace ListingLsp.Cli.Export;

internal sealed class JsonExporter : IExporter
{
    public void Write(TextWriter output, IReadOnlyList<ExportEntry> entries) =>
        output.WriteLine(JsonSerializer.Serialize(entries.ToList(), CliJson.Context.ListExportEntry));
}
