using CertLang.Semantics.Sources;

namespace CertLang.Cli.Sources;

/// <summary>
/// Reads a file the user named (a product file, a built pack): only a regular file of at most <see cref="MaxBytes"/>
/// is read; one that cannot be read is bad input (exit 3), named in the message.
/// </summary>
internal static class InputFile
{
    /// <summary>The most bytes a built pack file (or a key file) may have: 64 MiB; product files have <see cref="CertLang.Planning.Products.ProductReader.MaxFileBytes"/>.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>The text of <paramref name="path"/>.</summary>
    public static string ReadAllText(string path) => Read(path, file => SourceFile.ReadAllText(file, MaxBytes));

    /// <summary>The bytes of <paramref name="path"/>, a file of at most <paramref name="maxBytes"/>.</summary>
    public static byte[] ReadAllBytes(string path, int maxBytes = MaxBytes) => Read(path, file => SourceFile.ReadAllBytes(file, maxBytes));

    private static T Read<T>(string path, Func<string, T> read)
    {
        try
        {
            return read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"cannot read {DisplayPath.Quoted(path)}: {e.Message}");
        }
    }
}
