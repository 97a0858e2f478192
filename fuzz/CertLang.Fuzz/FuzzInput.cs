using System.Text;

namespace CertLang.Fuzz;

/// <summary>Turns the bytes of a fuzz input into text exactly as certc reads a file (UTF-8, a byte-order mark honoured).</summary>
public static class FuzzInput
{
    /// <summary>The text of <paramref name="bytes"/>, decoded as <see cref="File.ReadAllText(string)"/> decodes a file.</summary>
    public static string Text(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
