using System.Collections.Immutable;
using CertLang.Packs.Building;
using CertLang.Packs.Model;
using CertLang.Packs.Serialization;
using CertLang.Semantics;
using CertLang.Semantics.Configuration;
using CertLang.Semantics.Sources;
using CertLang.Syntax;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Text;

namespace CertLang.Packs.Projects;

/// <summary>
/// A pack's sources compiled, the one way from <c>.cert</c> files to a hashed rule pack for the CLI, the language
/// server, the tests and the benchmarks: each file is parsed under the path its diagnostics show, and recorded in the
/// rule pack under its path relative to the pack's folder.
/// </summary>
public sealed class PackProject
{
    private readonly ImmutableDictionary<string, string> _packPaths;
    private readonly Lazy<ImmutableArray<Diagnostic>> _diagnostics;

    private PackProject(Compilation compilation, PackConfiguration configuration, ImmutableDictionary<string, string> packPaths)
    {
        Compilation = compilation;
        Configuration = configuration;
        _packPaths = packPaths;
        _diagnostics = new(() => DiagnosticFilter.Apply(configuration, compilation));
    }

    /// <summary>The compilation of every source file.</summary>
    public Compilation Compilation { get; }

    /// <summary>The pack's <c>certlang.json</c> (the default configuration when it has none).</summary>
    public PackConfiguration Configuration { get; }

    /// <summary>What the pack reports: the compilation's diagnostics under <see cref="Configuration"/> and its suppression comments, and the problems of the configuration file.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => _diagnostics.Value;

    /// <summary>How many source files the pack has.</summary>
    public int FileCount => Compilation.SyntaxTrees.Length;

    /// <summary>Whether any of <see cref="Diagnostics"/> is an error (then there is no rule pack).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// Parses and compiles the <paramref name="files"/> of the pack folder <paramref name="root"/> (as
    /// <see cref="PackFolder.Read"/> gives them), each shown in diagnostics under <paramref name="displayPath"/> of its
    /// path (the path itself by default), in ordinal order of those paths; the <c>certlang.json</c> of
    /// <paramref name="root"/>, if any, configures its diagnostics.
    /// </summary>
    public static PackProject Compile(string root, IEnumerable<PackFile> files, Func<string, string>? displayPath = null)
    {
        var shown = files.Select(file => (File: file, Shown: displayPath?.Invoke(file.Path) ?? file.Path))
            .OrderBy(file => file.Shown, StringComparer.Ordinal).ToArray();
        var trees = new SyntaxTree[shown.Length];
        Parallel.For(0, shown.Length, i => trees[i] = SyntaxTree.Parse(SourceText.From(shown[i].File.Bytes, shown[i].Shown)));
        var packPaths = shown.ToImmutableDictionary(file => file.Shown, file => PathUnder(root, file.File.Path), StringComparer.Ordinal);
        return new PackProject(Compilation.Create(trees), PackConfigurationReader.ReadFolder(root, displayPath), packPaths);
    }

    /// <summary>Reads (by the rules of <see cref="PackFolder"/>) and compiles the pack folder <paramref name="folder"/>, each file shown under its path relative to the folder; what it could not read is ignored.</summary>
    public static PackProject CompileFolder(string folder) => Compile(folder, PackFolder.Read(folder).Files, path => PathUnder(folder, path));

    /// <summary>Parses and compiles in-memory sources (path and text), in ordinal order of their paths, each recorded in the rule pack under its path.</summary>
    public static PackProject FromTexts(IEnumerable<(string Path, string Text)> files) =>
        Of(Compilation.Create(files.OrderBy(file => file.Path, StringComparer.Ordinal).Select(file => SyntaxTree.Parse(file.Text, file.Path))));

    /// <summary>The project of an already compiled pack (an editor's workspace, files in memory), recorded in the rule pack under the paths of its trees; <paramref name="configuration"/> is the default one unless given.</summary>
    public static PackProject Of(Compilation compilation, PackConfiguration? configuration = null) =>
        new(compilation, configuration ?? PackConfiguration.Default, ImmutableDictionary<string, string>.Empty);

    /// <summary>The rule pack of sources without errors, with its hash.</summary>
    public RulePack BuildPack()
    {
        var pack = RulePackBuilder.Build(Compilation, path => _packPaths.GetValueOrDefault(path, path));
        return pack with { Hash = RulePackJson.HashOf(pack) };
    }

    private static string PathUnder(string root, string path) => Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(path)).Replace('\\', '/');
}
