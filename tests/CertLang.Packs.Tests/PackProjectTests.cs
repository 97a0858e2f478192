using CertLang.Packs.Projects;
using CertLang.Packs.Serialization;
using CertLang.Semantics.Sources;
using CertLang.TestSupport;

namespace CertLang.Packs.Tests;

/// <summary>The one pack project: a folder's files compiled in a stable order, recorded relative to the folder, the pack hashed.</summary>
public sealed class PackProjectTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pack-project-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_folder_compiles_in_ordinal_order_with_paths_relative_to_it_and_its_pack_carries_its_hash()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "markets"));
        File.WriteAllText(Path.Combine(_folder, "pack.cert"), "pack p version 1.0.0\n");
        File.WriteAllText(Path.Combine(_folder, "markets", "eu.cert"), "market EU \"European Union\"\nregime R in EU { }\n");

        var project = PackProject.CompileFolder(_folder);
        var pack = project.BuildPack();

        Assert.False(project.HasErrors, string.Join("\n", project.Compilation.GetDiagnostics()));
        Assert.Equal(["markets/eu.cert", "pack.cert"], project.Compilation.SyntaxTrees.Select(tree => tree.FilePath));
        Assert.Equal("markets/eu.cert", Assert.Single(pack.Regimes).Location.File);
        Assert.Equal(RulePackJson.HashOf(pack), pack.Hash);
    }

    [Fact]
    public void Files_shown_under_other_paths_are_still_recorded_relative_to_the_pack_folder()
    {
        var file = Path.Combine(_folder, "pack.cert");
        File.WriteAllText(file, "pack p version 1.0.0\nmarket EU \"European Union\"\nregime R in EU { }\n");

        var project = PackProject.Compile(_folder, PackFolder.Read(_folder).Files, path => "shown/" + Path.GetFileName(path));

        Assert.Equal("shown/pack.cert", Assert.Single(project.Compilation.SyntaxTrees).FilePath);
        Assert.Equal("pack.cert", Assert.Single(project.BuildPack().Regimes).Location.File);
    }

    [Fact]
    public void The_example_pack_has_one_file_per_cert_file_and_no_errors()
    {
        var project = PackProject.CompileFolder(RepositoryPaths.Examples);

        Assert.False(project.HasErrors);
        Assert.Equal(Directory.GetFiles(RepositoryPaths.Examples, "*.cert", SearchOption.AllDirectories).Length, project.FileCount);
    }
}
