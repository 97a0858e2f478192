using CertLang.Packs.Model;
using CertLang.Packs.Projects;
using CertLang.Semantics;

namespace CertLang.TestSupport;

/// <summary>Compiles packs from folders or from in-memory files, as certc does (through <see cref="PackProject"/>).</summary>
public static class PackCompiler
{
    /// <summary>The compilation of every .cert file under <paramref name="folder"/>, paths relative to it.</summary>
    public static Compilation CompileFolder(string folder) => PackProject.CompileFolder(folder).Compilation;

    /// <summary>The compilation of in-memory files: path to text.</summary>
    public static Compilation Compile(params (string Path, string Text)[] files) => PackProject.FromTexts(files).Compilation;

    /// <summary>The hashed rule pack of a compilation without errors (paths kept as the trees have them).</summary>
    public static RulePack Build(Compilation compilation) => PackProject.Of(compilation).BuildPack();

    /// <summary>The hashed rule pack of the example pack.</summary>
    public static RulePack BuildExamples() => PackProject.CompileFolder(RepositoryPaths.Examples).BuildPack();
}
