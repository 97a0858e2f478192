namespace CertLang.Packs.Signing;

/// <summary>A key file that cannot be used to sign or to trust packs: not PEM, not an EC key, not P-256, or the wrong kind of key.</summary>
public sealed class PackKeyException(string message) : Exception(message);
