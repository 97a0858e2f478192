using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using CertLang.Packs.Evaluation;
using CertLang.Planning.Plans;
using CertLang.Planning.Products;
using CertLang.Planning.Reports;
using CertLang.Semantics;
using CertLang.Semantics.Sources;
using CertLang.Syntax.Text;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Features.Plan;

/// <summary>
/// <c>certlang/plan</c>: plans a product file against the workspace's pack (open documents as edited) with the library calls of
/// <c>certc plan --format html</c>, and answers the page.
/// </summary>
internal sealed class PlanHandler(RequestRunner runner) : ILanguageFeature
{
    /// <summary>The request's method.</summary>
    public const string Method = "certlang/plan";

    /// <summary>
    /// Declares nothing: <c>certlang/plan</c> extends the protocol, <c>ServerCapabilities</c> has no field for it, and the
    /// client that knows it calls it by name (README.md, "Editors").
    /// </summary>
    ServerCapabilities ILanguageFeature.Declare(ServerCapabilities capabilities, ClientCapabilities client) => capabilities;

    /// <summary>
    /// The plan's page. Parameters that do not say what to plan are <c>InvalidParams</c>; a pack with errors, a product file
    /// that cannot be read or used and a market the pack does not know are <c>RequestFailed</c>, in the words of the library.
    /// </summary>
    [JsonRpcMethod(Method, UseSingleObjectParameterDeserialization = true)]
    public Task<PlanResult> PlanAsync(PlanParams request, CancellationToken cancellationToken)
    {
        var product = DocumentUris.ToPath(request.Product) ?? throw Refused(ErrorCodes.InvalidParams, $"product: '{DisplayText.Safe(request.Product)}' is not a file URI");
        if (request.Markets.Count == 0 || request.Markets.Any(string.IsNullOrWhiteSpace))
        {
            throw Refused(ErrorCodes.InvalidParams, "markets: name each target market, such as [\"CN\", \"EU\"]");
        }

        var inputs = new PlanRequest(
            [],
            [.. request.Markets],
            Parsed("ship", request.Ship, PlanDates.Parse),
            request.Today is { } today ? Parsed("today", today, PlanDates.Parse) : DateOnly.FromDateTime(DateTime.Now),
            request.Estimate is { } estimate ? Parsed("estimate", estimate, EstimateNames.Named) : Estimate.Pessimistic);
        return runner.RunAsync((workspace, token) => Plan(workspace.Compilation, product, inputs, token), cancellationToken);
    }

    private static PlanResult Plan(Compilation compilation, string product, PlanRequest request, CancellationToken cancellationToken)
    {
        var pack = WorkspacePack.Build(compilation, "plan");
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var products = ProductReader.Read(pack, [(Path.GetFileName(product), Read(product))]);
            cancellationToken.ThrowIfCancellationRequested();
            return new PlanResult(PlanReports.Render(new Planner(new PackEvaluator(pack)).Plan(request with { Products = products }), PlanFormat.Html));
        }
        catch (Exception e) when (e is ProductInputException or PlanInputException)
        {
            throw Refused(ErrorCodes.RequestFailed, e.Message);
        }
    }

    private static byte[] Read(string path)
    {
        try
        {
            return SourceFile.ReadAllBytes(path, ProductReader.MaxFileBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Refused(ErrorCodes.RequestFailed, $"cannot read '{DisplayText.Visible(path)}': {DisplayText.Visible(e.Message)}");
        }
    }

    private static T Parsed<T>(string parameter, string text, Func<string, T> parse)
    {
        try
        {
            return parse(text);
        }
        catch (PlanInputException e)
        {
            throw Refused(ErrorCodes.InvalidParams, $"{parameter}: {e.Message}");
        }
    }

    private static LocalRpcException Refused(int code, string message) => new(message) { ErrorCode = code };
}
