namespace CertLang.Semantics.Sources;

/// <summary>One <c>.cert</c> file of a pack folder: its path (under the folder as it was named) and its bytes.</summary>
public sealed record PackFile(string Path, byte[] Bytes);
