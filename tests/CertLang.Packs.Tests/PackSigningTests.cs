using System.Security.Cryptography;
using CertLang.Packs.Model;
using CertLang.Packs.Serialization;
using CertLang.Packs.Signing;
using CertLang.TestSupport;

namespace CertLang.Packs.Tests;

/// <summary>Signing packs with a P-256 key and trusting them by public key: what verifies, and each way a pack or a key is refused.</summary>
public sealed class PackSigningTests
{
    private static readonly RulePack Example = PackCompiler.BuildExamples();

    [Fact]
    public void A_pack_signed_with_a_key_verifies_against_its_public_key_and_keeps_its_hash()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var signer = PackSigningKey.FromPem(key.ExportPkcs8PrivateKeyPem());
        using var trusted = TrustedKey.FromPem(key.ExportSubjectPublicKeyInfoPem());

        var read = RulePackJson.Read(RulePackJson.Write(signer.Sign(Example)));

        PackSignatures.Verify(read, [trusted]);
        Assert.Equal(RulePackJson.HashOf(Example), read.Hash);
        Assert.Equal(trusted.KeyId, read.Signature!.KeyId);
        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo())), trusted.KeyId);
    }

    [Fact]
    public void A_sec1_key_as_openssl_writes_it_signs()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var openssl = "-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n" + key.ExportECPrivateKeyPem();
        using var signer = PackSigningKey.FromPem(openssl);
        using var trusted = TrustedKey.FromPem(key.ExportSubjectPublicKeyInfoPem());

        PackSignatures.Verify(signer.Sign(Example), [trusted]);
    }

    [Fact]
    public void An_unsigned_pack_is_refused_when_keys_are_trusted()
    {
        using var trusted = TrustedKey.FromPem(ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportSubjectPublicKeyInfoPem());

        var error = Assert.Throws<RulePackException>(() => PackSignatures.Verify(Example, [trusted]));

        Assert.StartsWith("the pack is not signed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_signed_by_another_key_is_refused_naming_that_key()
    {
        using var signer = PackSigningKey.FromPem(ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem());
        using var trusted = TrustedKey.FromPem(ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportSubjectPublicKeyInfoPem());

        var error = Assert.Throws<RulePackException>(() => PackSignatures.Verify(signer.Sign(Example), [trusted]));

        Assert.StartsWith($"the pack is signed by key {signer.KeyId}, which is not trusted", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("content")]
    [InlineData("signature")]
    [InlineData("not base64")]
    public void A_signed_pack_changed_after_signing_does_not_verify_even_with_its_hash_recomputed(string changed)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var signer = PackSigningKey.FromPem(key.ExportPkcs8PrivateKeyPem());
        using var trusted = TrustedKey.FromPem(key.ExportSubjectPublicKeyInfoPem());
        var signed = signer.Sign(Example);
        var tampered = changed switch
        {
            "content" => signed with { Pack = signed.Pack with { Version = "9.9.9" } },
            "signature" => signed with { Signature = signer.Sign(Example with { Pack = Example.Pack with { Version = "9.9.9" } }).Signature },
            _ => signed with { Signature = signed.Signature! with { Value = "%%%" } },
        };

        var error = Assert.Throws<RulePackException>(() => PackSignatures.Verify(RulePackJson.Read(RulePackJson.Write(tampered)), [trusted]));

        Assert.Contains("does not verify", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signature_of_an_unknown_algorithm_is_refused()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var signer = PackSigningKey.FromPem(key.ExportPkcs8PrivateKeyPem());
        using var trusted = TrustedKey.FromPem(key.ExportSubjectPublicKeyInfoPem());
        var signed = signer.Sign(Example);

        var error = Assert.Throws<RulePackException>(() => PackSignatures.Verify(signed with { Signature = signed.Signature! with { Algorithm = "none" } }, [trusted]));

        Assert.StartsWith("signature.algorithm: unknown algorithm 'none'", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadSigningKeys => new()
    {
        { "garbage", "not an EC P-256 private key in PEM (PKCS#8 or SEC1, unencrypted): a PEM block '-----BEGIN PRIVATE KEY-----' is expected" },
        { ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportSubjectPublicKeyInfoPem(), "a PEM block '-----BEGIN PRIVATE KEY-----' is expected" },
        { ECDsa.Create(ECCurve.NamedCurves.nistP384).ExportPkcs8PrivateKeyPem(), "the key is not on the curve P-256" },
        { RSA.Create(2048).ExportPkcs8PrivateKeyPem(), "not an EC P-256 private key" },
        { "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", "not an EC P-256 private key" },
        { ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportEncryptedPkcs8PrivateKeyPem("secret", new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 1000)), "a PEM block '-----BEGIN PRIVATE KEY-----' is expected" },
    };

    [Theory]
    [MemberData(nameof(BadSigningKeys))]
    public void A_file_that_is_not_a_p256_private_key_is_refused_as_a_signing_key(string pem, string refusal)
    {
        var error = Assert.Throws<PackKeyException>(() => PackSigningKey.FromPem(pem));

        Assert.Contains(refusal, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_private_key_is_refused_as_a_trusted_key()
    {
        var error = Assert.Throws<PackKeyException>(() => TrustedKey.FromPem(ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem()));

        Assert.StartsWith("not an EC P-256 public key in PEM (SubjectPublicKeyInfo): a PEM block '-----BEGIN PUBLIC KEY-----' is expected", error.Message, StringComparison.Ordinal);
    }
}
