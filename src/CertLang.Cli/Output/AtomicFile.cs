using System.Text;

namespace CertLang.Cli.Output;

/// <summary>Writes files so that a reader never sees half of one: a temporary file in the same folder, then a rename over the target.</summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Replaces (or creates) <paramref name="path"/> with <paramref name="text"/> in UTF-8, all at once; missing folders are created.</summary>
    public static void WriteAllText(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(temporary, text, Utf8);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            throw new UserInputException($"cannot write '{path}': {e.Message}");
        }
    }
}
