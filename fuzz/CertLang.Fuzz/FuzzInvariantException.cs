namespace CertLang.Fuzz;

/// <summary>A broken promise found by a fuzz target (the formatter changed meaning, check and build disagree, …): a crash like any other.</summary>
public sealed class FuzzInvariantException(string message) : Exception(message);
