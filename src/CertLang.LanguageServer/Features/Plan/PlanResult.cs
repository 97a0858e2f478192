namespace CertLang.LanguageServer.Features.Plan;

/// <summary>The answer to <c>certlang/plan</c>: the plan as the page <c>certc plan --format html</c> writes.</summary>
public sealed record PlanResult(string Html);
