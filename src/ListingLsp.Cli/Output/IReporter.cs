namespace ListingLsp.Cli.Output;

/// <summary>One output format of <c>listing check</c>.</summary>
internal interface IReporter
{
    void Write(TextWriter output, IReadOnlyList<FileFindings> files);
}
