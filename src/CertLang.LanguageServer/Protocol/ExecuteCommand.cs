using System.Text.Json;

namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>ExecuteCommandParams</c>, of <c>workspace/executeCommand</c>.</summary>
public sealed record ExecuteCommandParams(string Command, IReadOnlyList<JsonElement>? Arguments = null);

/// <summary>LSP <c>ExecuteCommandOptions</c>: the commands the server runs itself.</summary>
public sealed record ExecuteCommandOptions(IReadOnlyList<string> Commands);
