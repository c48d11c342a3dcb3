namespace ListingLsp.Cli.Export;

/// <summary>One output format of <c>listing export</c>.</summary>
internal interface IExporter
{
    void Write(TextWriter output, IReadOnlyList<ExportEntry> entries);
}
