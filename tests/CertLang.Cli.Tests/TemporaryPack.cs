namespace CertLang.Cli.Tests;

/// <summary>A pack folder under the temporary folder, with the sources a test writes into it; deleted on dispose.</summary>
internal sealed class TemporaryPack : IDisposable
{
    /// <summary>The full path of the folder.</summary>
    public string Folder { get; } = Directory.CreateTempSubdirectory("certc-pack-").FullName;

    /// <summary>Writes <paramref name="text"/> to <paramref name="relativePath"/> in the pack, creating folders as needed.</summary>
    public TemporaryPack With(string relativePath, string text)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
