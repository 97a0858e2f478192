using System.Security.Cryptography;
using CertLang.Packs.Serialization;
using CertLang.TestSupport;

namespace CertLang.Cli.Tests;

/// <summary>
/// <c>certc build --sign KEY.pem</c> and <c>--trusted-key PUB.pem</c> as processes: a pack signed by a trusted key is
/// used; an unsigned pack, one signed by another key or one changed after signing is bad input (exit 3) on every verb
/// that loads a pack; sources with <c>--trusted-key</c> are a usage error (exit 2); a bad key file is exit 3.
/// </summary>
public sealed class PackSigningTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("certc-signing-").FullName;

    public PackSigningTests()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        File.WriteAllText(PathOf("key.pem"), key.ExportECPrivateKeyPem());
        File.WriteAllText(PathOf("pub.pem"), key.ExportSubjectPublicKeyInfoPem());
        File.WriteAllText(PathOf("other.pem"), other.ExportSubjectPublicKeyInfoPem());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_pack_built_with_sign_is_used_with_its_public_key_trusted()
    {
        var build = Certc.Run(RepositoryPaths.Root, "build", "examples", "-o", PathOf("signed.json"), "--sign", PathOf("key.pem"));
        var test = Certc.Run(RepositoryPaths.Root, "test", PathOf("signed.json"), "--trusted-key", PathOf("other.pem"), "--trusted-key", PathOf("pub.pem"));

        Assert.Equal((0, 0), (build.ExitCode, test.ExitCode));
        Assert.Matches(@", sha256:[0-9a-f]{64}, signed by key sha256:[0-9a-f]{64}$", build.OutputLines.Single());
    }

    public static TheoryData<string> Verbs => ["test", "plan", "explain", "diff", "doc", "build"];

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Every_verb_that_loads_a_pack_refuses_an_unsigned_one_when_a_key_is_trusted(string verb)
    {
        Certc.Run(RepositoryPaths.Root, "build", "examples", "-o", PathOf("unsigned.json"));

        var result = Certc.Run(RepositoryPaths.Root, [.. Arguments(verb, PathOf("unsigned.json")), "--trusted-key", PathOf("pub.pem")]);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("the pack is not signed", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(PathOf("doc")) || File.Exists(PathOf("rebuilt.json")));
    }

    [Fact]
    public void A_pack_signed_by_another_key_is_refused()
    {
        Certc.Run(RepositoryPaths.Root, "build", "examples", "-o", PathOf("signed.json"), "--sign", PathOf("key.pem"));

        var result = Certc.Run(RepositoryPaths.Root, "test", PathOf("signed.json"), "--trusted-key", PathOf("other.pem"));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("which is not trusted", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signed_pack_changed_after_signing_with_its_hash_recomputed_is_refused()
    {
        Certc.Run(RepositoryPaths.Root, "build", "examples", "-o", PathOf("signed.json"), "--sign", PathOf("key.pem"));
        var signed = RulePackJson.Read(File.ReadAllText(PathOf("signed.json")));
        File.WriteAllText(PathOf("signed.json"), RulePackJson.Write(signed with { Pack = signed.Pack with { Version = "9.9.9" } }));

        var result = Certc.Run(RepositoryPaths.Root, "test", PathOf("signed.json"), "--trusted-key", PathOf("pub.pem"));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("signature by key sha256:", result.Error, StringComparison.Ordinal);
        Assert.Contains("does not verify", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("test", "examples")]
    [InlineData("plan", "examples")]
    [InlineData("diff", "examples")]
    public void Sources_with_a_trusted_key_are_a_usage_error_they_cannot_be_signed(string verb, string sources)
    {
        var result = Certc.Run(RepositoryPaths.Root, [.. Arguments(verb, sources), "--trusted-key", PathOf("pub.pem")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("but 'examples' is sources, which cannot be signed", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a key at all")]
    [InlineData("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")]
    public void A_bad_signing_key_is_bad_input_and_nothing_is_written(string keyText)
    {
        File.WriteAllText(PathOf("bad.pem"), keyText);

        var result = Certc.Run(RepositoryPaths.Root, "build", "examples", "-o", PathOf("signed.json"), "--sign", PathOf("bad.pem"));

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith($"certc: error: cannot sign with the key '{PathOf("bad.pem")}': not an EC P-256 private key in PEM", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(PathOf("signed.json")));
    }

    [Theory]
    [InlineData("key.pem", "not an EC P-256 public key in PEM")]
    [InlineData("missing.pem", "cannot read")]
    public void A_bad_trusted_key_file_is_bad_input(string keyFile, string message)
    {
        Certc.Run(RepositoryPaths.Root, "build", "examples", "-o", PathOf("signed.json"), "--sign", PathOf("key.pem"));

        var result = Certc.Run(RepositoryPaths.Root, "test", PathOf("signed.json"), "--trusted-key", PathOf(keyFile));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    private string PathOf(string name) => Path.Combine(_folder, name);

    private string[] Arguments(string verb, string pack) => verb switch
    {
        "plan" => ["plan", "--pack", pack, "--product", "examples/products/kettle.json", "--markets", "CN", "--ship", "2027-06-01"],
        "explain" => ["explain", "--pack", pack, "--product", "examples/products/kettle.json", "--regime", "CCC"],
        "diff" => ["diff", pack, pack],
        "doc" => ["doc", pack, "-o", PathOf("doc")],
        "build" => ["build", pack, "-o", PathOf("rebuilt.json")],
        _ => [verb, pack],
    };
}
