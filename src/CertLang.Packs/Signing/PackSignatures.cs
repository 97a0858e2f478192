using CertLang.Packs.Model;
using CertLang.Packs.Serialization;
using CertLang.Syntax.Text;

namespace CertLang.Packs.Signing;

/// <summary>Checks that a pack is signed by one of the trusted keys, over the content its hash covers.</summary>
public static class PackSignatures
{
    /// <summary>The one algorithm packs are signed with: ECDSA on P-256 with SHA-256, the signature as r and s.</summary>
    public const string Algorithm = "ecdsa-p256-sha256";

    /// <summary>Throws <see cref="RulePackException"/> unless <paramref name="pack"/> carries a valid signature by one of <paramref name="trusted"/>.</summary>
    public static void Verify(RulePack pack, IReadOnlyCollection<TrustedKey> trusted)
    {
        if (pack.Signature is not { } signature)
        {
            throw new RulePackException("the pack is not signed, and --trusted-key accepts only packs signed by a trusted key: build it with 'certc build --sign KEY.pem'");
        }

        if (signature.Algorithm != Algorithm)
        {
            throw new RulePackException($"signature.algorithm: unknown algorithm '{DisplayText.Safe(signature.Algorithm)}'; '{Algorithm}' is expected");
        }

        if (trusted.FirstOrDefault(k => k.KeyId == signature.KeyId) is not { } key)
        {
            throw new RulePackException($"the pack is signed by key {DisplayText.Safe(signature.KeyId)}, which is not trusted; trusted: {DisplayText.List(trusted.Select(k => k.KeyId))}");
        }

        var bytes = new byte[signature.Value.Length];
        if (!Convert.TryFromBase64String(signature.Value, bytes, out var length) || !key.Verifies(RulePackJson.CanonicalContent(pack), bytes[..length]))
        {
            throw new RulePackException($"the pack's signature by key {signature.KeyId} does not verify: the pack was changed after it was signed, or the signature was");
        }
    }
}
