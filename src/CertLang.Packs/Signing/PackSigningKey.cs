using System.Security.Cryptography;
using CertLang.Packs.Model;
using CertLang.Packs.Serialization;

namespace CertLang.Packs.Signing;

/// <summary>An ECDSA P-256 private key that signs packs (<c>certc build --sign</c>), read from PEM (PKCS#8 or SEC1).</summary>
public sealed class PackSigningKey : IDisposable
{
    private readonly ECDsa _key;

    private PackSigningKey(ECDsa key)
    {
        _key = key;
        KeyId = EcKeys.IdOf(key);
    }

    /// <summary>The key id of its public half, written into each signature.</summary>
    public string KeyId { get; }

    /// <summary>The key in <paramref name="pem"/>; throws <see cref="PackKeyException"/> when it is not an unencrypted P-256 private key.</summary>
    public static PackSigningKey FromPem(string pem) =>
        new(EcKeys.Import(pem, "an EC P-256 private key in PEM (PKCS#8 or SEC1, unencrypted)", "PRIVATE KEY", "EC PRIVATE KEY"));

    /// <summary><paramref name="pack"/> with a signature of its canonical content (<see cref="RulePackJson.CanonicalContent"/>).</summary>
    public RulePack Sign(RulePack pack)
    {
        var signature = _key.SignData(RulePackJson.CanonicalContent(pack), HashAlgorithmName.SHA256);
        return pack with { Signature = new PackSignature(PackSignatures.Algorithm, KeyId, Convert.ToBase64String(signature)) };
    }

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();
}
