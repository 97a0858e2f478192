namespace CertLang.Planning.Plans;

/// <summary>A plan request that cannot be planned, such as a target market the pack does not know.</summary>
public sealed class PlanInputException(string message) : Exception(message);
