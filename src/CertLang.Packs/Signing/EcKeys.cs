using System.Security.Cryptography;

namespace CertLang.Packs.Signing;

/// <summary>Reading P-256 keys from PEM text and naming them by key id, for <see cref="PackSigningKey"/> and <see cref="TrustedKey"/>.</summary>
internal static class EcKeys
{
    /// <summary>
    /// The key in the first PEM block of <paramref name="pem"/> labelled one of <paramref name="labels"/> (other blocks,
    /// such as openssl's <c>EC PARAMETERS</c>, are passed over); it must be a P-256 key.
    /// </summary>
    public static ECDsa Import(string pem, string what, params string[] labels)
    {
        var block = Blocks(pem).FirstOrDefault(b => labels.Contains(b.Label, StringComparer.Ordinal)).Text
                    ?? throw new PackKeyException($"not {what}: a PEM block '-----BEGIN {labels[0]}-----' is expected");
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(block);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            key.Dispose();
            throw new PackKeyException($"not {what}: {e.Message.TrimEnd('.')}");
        }

        if (key.ExportParameters(includePrivateParameters: false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
        {
            key.Dispose();
            throw new PackKeyException($"not {what}: the key is not on the curve P-256 (prime256v1)");
        }

        return key;
    }

    /// <summary><c>sha256:</c> and the hex SHA-256 of the key's SubjectPublicKeyInfo (DER): what a signature names its signer by.</summary>
    public static string IdOf(ECDsa key) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));

    private static IEnumerable<(string Label, string Text)> Blocks(string pem)
    {
        var rest = pem.AsMemory();
        while (PemEncoding.TryFind(rest.Span, out var fields))
        {
            yield return (rest[fields.Label].ToString(), rest[fields.Location].ToString());
            rest = rest[fields.Location.End..];
        }
    }
}
