using System.Reflection;
using CertLang.Packs.Model;
using CertLang.Packs.Projects;
using CertLang.Semantics;
using CertLang.Syntax;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Text;

namespace CertLang.Fuzz;

/// <summary>The pack of <c>examples/</c>, embedded in the harness and compiled once: the product target plans against it.</summary>
public static class ExamplePack
{
    private static readonly Lazy<RulePack> Compiled = new(Compile);

    /// <summary>The compiled example pack.</summary>
    public static RulePack Pack => Compiled.Value;

    private static RulePack Compile()
    {
        var assembly = typeof(ExamplePack).Assembly;
        var trees = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("examples/", StringComparison.Ordinal))
            .Select(name => SyntaxTree.Parse(SourceText.From(Read(assembly, name), name["examples/".Length..])));
        var compilation = Compilation.Create(trees);
        if (compilation.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
        {
            throw new InvalidOperationException($"the embedded example pack has errors: {error.Code} {error.Message}");
        }

        return PackProject.Of(compilation).BuildPack();
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
