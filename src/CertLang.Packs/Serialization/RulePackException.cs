namespace CertLang.Packs.Serialization;

/// <summary>A rule pack file that cannot be used: invalid JSON, an unknown format, or content that does not match its hash.</summary>
public sealed class RulePackException(string message) : Exception(message);
