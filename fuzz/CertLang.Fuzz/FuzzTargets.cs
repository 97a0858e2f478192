namespace CertLang.Fuzz;

/// <summary>A fuzz target: its name on the command line (its seeds are in <c>fuzz/corpus/NAME</c>) and what it runs on one input.</summary>
public sealed record FuzzTarget(string Name, Action<byte[]> Run);

/// <summary>Every fuzz target of the harness, for AFL++ and for the deterministic mutation test alike.</summary>
public static class FuzzTargets
{
    /// <summary>The targets: <c>cert</c> (sources), <c>pack</c> (rule-pack JSON) and <c>product</c> (product files).</summary>
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("cert", CertSourceTarget.Run),
        new("pack", RulePackTarget.Run),
        new("product", ProductTarget.Run),
    ];

    /// <summary>The target called <paramref name="name"/>, or null.</summary>
    public static FuzzTarget? Named(string name) => All.FirstOrDefault(t => t.Name == name);
}
