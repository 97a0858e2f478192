using CertLang.Packs.Model;
using CertLang.Packs.Projects;
using CertLang.Semantics;
using CertLang.Syntax.Diagnostics;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Workspace;

/// <summary>The rule pack of the workspace, for the requests that evaluate it (running a test, planning).</summary>
internal static class WorkspacePack
{
    /// <summary>The pack of <paramref name="compilation"/>; no sources, or sources with errors, fail the request with <c>RequestFailed</c>, saying what to do to <paramref name="purpose"/>.</summary>
    public static RulePack Build(Compilation compilation, string purpose)
    {
        if (compilation.SyntaxTrees.IsEmpty)
        {
            throw Failed($"the workspace has no .cert files; open the folder of a pack to {purpose}");
        }

        var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        return errors > 0 ? throw Failed($"the pack has {errors} error(s); fix them to {purpose}") : PackProject.Of(compilation).BuildPack();
    }

    private static LocalRpcException Failed(string message) => new(message) { ErrorCode = Protocol.ErrorCodes.RequestFailed };
}
