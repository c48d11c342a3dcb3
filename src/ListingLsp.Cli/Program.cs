using ListingLsp.Cli;

return await ListingCli.RunAsync(args, CliContext.FromConsole()).ConfigureAwait(false);
