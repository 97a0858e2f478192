using System.Security.Cryptography;

namespace CertLang.Packs.Signing;

/// <summary>An ECDSA P-256 public key whose signatures are trusted (<c>--trusted-key</c>), read from PEM (SubjectPublicKeyInfo).</summary>
public sealed class TrustedKey : IDisposable
{
    private readonly ECDsa _key;

    private TrustedKey(ECDsa key)
    {
        _key = key;
        KeyId = EcKeys.IdOf(key);
    }

    /// <summary>The key id signatures by this key carry.</summary>
    public string KeyId { get; }

    /// <summary>The key in <paramref name="pem"/>; throws <see cref="PackKeyException"/> when it is not a P-256 public key.</summary>
    public static TrustedKey FromPem(string pem) =>
        new(EcKeys.Import(pem, "an EC P-256 public key in PEM (SubjectPublicKeyInfo)", "PUBLIC KEY"));

    /// <summary>Whether <paramref name="signature"/> (r and s, 64 bytes) is this key's signature of <paramref name="content"/>.</summary>
    public bool Verifies(byte[] content, byte[] signature) => _key.VerifyData(content, signature, HashAlgorithmName.SHA256);

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();
}
