namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>RegistrationParams</c>, of <c>client/registerCapability</c>.</summary>
public sealed record RegistrationParams(IReadOnlyList<Registration> Registrations);

/// <summary>LSP <c>Registration</c>: one capability registered dynamically.</summary>
public sealed record Registration(string Id, string Method, object? RegisterOptions = null);

/// <summary>LSP <c>DidChangeWatchedFilesRegistrationOptions</c>: which files the client should watch.</summary>
public sealed record DidChangeWatchedFilesRegistrationOptions(IReadOnlyList<FileSystemWatcher> Watchers);

/// <summary>LSP <c>FileSystemWatcher</c>: a glob pattern (all kinds of change).</summary>
public sealed record FileSystemWatcher(string GlobPattern);
