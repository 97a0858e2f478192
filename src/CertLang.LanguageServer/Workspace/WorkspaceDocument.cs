using CertLang.Syntax;

namespace CertLang.LanguageServer.Workspace;

/// <summary>One document of the workspace: its tree, its editor version when open (null when read from disk), and the workspace generation that last changed it.</summary>
internal sealed record WorkspaceDocument(SyntaxTree Tree, int? Version, long Stamp);
