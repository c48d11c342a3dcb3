using ListingLsp.Cli;

var context = CliContext.FromConsole();
try
{
    return await ListingCli.RunAsync(args, context).ConfigureAwait(false);
}
finally
{
    await context.Out.FlushAsync().ConfigureAwait(false);
}
