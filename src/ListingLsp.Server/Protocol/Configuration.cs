using System.Text.Json;

namespace ListingLsp.Server.Protocol;

public sealed record ConfigurationParams(IReadOnlyList<ConfigurationItem> Items);

public sealed record ConfigurationItem(string? ScopeUri = null, string? Section = null);

/// <summary>
/// Clients that push settings put them here (the <c>listing</c> section inside); clients that expect
/// the server to pull (VS Code) send null, and the server asks with workspace/configuration.
/// </summary>
public sealed record DidChangeConfigurationParams(JsonElement? Settings = null);

/// <summary>Registration options for workspace/didChangeConfiguration: the sections the server reads.</summary>
public sealed record DidChangeConfigurationRegistrationOptions(string Section);

/// <summary>A client/registerCapability entry for workspace/didChangeConfiguration.</summary>
public sealed record ConfigurationRegistration(string Id, string Method, DidChangeConfigurationRegistrationOptions RegisterOptions);

public sealed record ConfigurationRegistrationParams(IReadOnlyList<ConfigurationRegistration> Registrations);

/// <summary>The (empty) params of the server's refresh requests (workspace/inlayHint/refresh and the like).</summary>
public sealed record NoParams;
