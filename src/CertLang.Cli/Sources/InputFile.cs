namespace CertLang.Cli.Sources;

/// <summary>Reads a file the user named; one that cannot be read is bad input (exit 3), named in the message.</summary>
internal static class InputFile
{
    /// <summary>The text of <paramref name="path"/>.</summary>
    public static string ReadAllText(string path) => Read(path, File.ReadAllText);

    /// <summary>The bytes of <paramref name="path"/>.</summary>
    public static byte[] ReadAllBytes(string path) => Read(path, File.ReadAllBytes);

    private static T Read<T>(string path, Func<string, T> read)
    {
        try
        {
            return read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"cannot read '{path}': {e.Message}");
        }
    }
}
