using CertLang.Syntax;

namespace CertLang.LanguageServer.Workspace;

/// <summary>One document of the workspace: its tree, and the workspace generation that last changed it (what tells a request its answer is stale).</summary>
internal sealed record WorkspaceDocument(SyntaxTree Tree, long Stamp);
