namespace CertLang.LanguageServer.Features.Plan;

/// <summary>The parameters of <c>certlang/plan</c>, as <c>certc plan</c> takes them: the product file's URI, the target markets, the shipment date (YYYY-MM-DD), and optionally today and the estimate (pessimistic by default).</summary>
public sealed record PlanParams(string Product, IReadOnlyList<string> Markets, string Ship, string? Today = null, string? Estimate = null);
