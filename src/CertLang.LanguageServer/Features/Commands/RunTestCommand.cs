using System.Text.Json;
using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Testing;
using CertLang.Semantics;
using CertLang.Syntax.Text;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Features.Commands;

/// <summary>The outcome of one test run from the editor: whether it passed, and each expectation it missed.</summary>
public sealed record TestRunResult(string Test, bool Passed, IReadOnlyList<string> Failures);

/// <summary><c>workspace/executeCommand</c> <c>certlang.runTest</c> (arguments: document URI, test name): runs one test of the workspace's pack as <c>certc test</c> would, and shows the outcome.</summary>
internal sealed class RunTestCommand(ServerSession session, JsonRpc rpc) : ILanguageFeature
{
    /// <summary>The command's identifier.</summary>
    public const string Name = "certlang.runTest";

    /// <inheritdoc />
    ServerCapabilities ILanguageFeature.Declare(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities with { ExecuteCommandProvider = new ExecuteCommandOptions([Name]) };

    /// <summary>Runs the command; the outcome is also shown with <c>window/showMessage</c>.</summary>
    [JsonRpcMethod("workspace/executeCommand", UseSingleObjectParameterDeserialization = true)]
    public async Task<TestRunResult> ExecuteAsync(ExecuteCommandParams request, CancellationToken cancellationToken)
    {
        if (request.Command != Name || request.Arguments is not [_, { ValueKind: JsonValueKind.String } test])
        {
            throw new LocalRpcException($"unknown command '{DisplayText.Safe(request.Command)}', or wrong arguments: {Name} takes a document URI and a test name") { ErrorCode = ErrorCodes.InvalidParams };
        }

        var compilation = session.Workspace.Compilation;
        var result = await Task.Run(() => Run(compilation, test.GetString()!), cancellationToken).ConfigureAwait(false);
        var message = result.Passed ? $"Test '{result.Test}' passed." : $"Test '{result.Test}' failed: {string.Join("; ", result.Failures)}";
        await rpc.NotifyWithParameterObjectAsync("window/showMessage", new LogMessageParams(result.Passed ? MessageType.Info : MessageType.Error, message)).ConfigureAwait(false);
        return result;
    }

    private static TestRunResult Run(Compilation compilation, string test)
    {
        var pack = WorkspacePack.Build(compilation, "run tests");
        var definition = pack.Tests.FirstOrDefault(t => t.Name == test)
            ?? throw new LocalRpcException($"the pack has no test named '{DisplayText.Safe(test)}'") { ErrorCode = ErrorCodes.InvalidParams };
        var outcome = PackTestRunner.Run(new PackEvaluator(pack), definition, DateOnly.FromDateTime(DateTime.Today));
        return new TestRunResult(test, outcome.Passed, [.. outcome.Expectations.Where(e => !e.Passed)
            .Select(e => $"expected {e.Expected.Regime} {e.ExpectedText}, got {e.ActualText}")]);
    }
}
