namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>Range</c>: from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).</summary>
public sealed record Range(Position Start, Position End);
