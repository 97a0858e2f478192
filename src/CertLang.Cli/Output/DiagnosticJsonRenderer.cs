using System.Text.Json;
using CertLang.Syntax.Diagnostics;

namespace CertLang.Cli.Output;

/// <summary>Writes diagnostics as a JSON array, one object per diagnostic in print order, and nothing else.</summary>
internal static class DiagnosticJsonRenderer
{
    /// <summary>Writes the array; positions are one-based and the end is the column just after the span.</summary>
    public static void Render(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        var objects = diagnostics.Select(ToJson).ToList();
        writer.WriteLine(JsonSerializer.Serialize(objects, OutputJsonContext.Readable.ListJsonDiagnostic));
    }

    private static JsonDiagnostic ToJson(Diagnostic diagnostic)
    {
        var (start, end) = diagnostic.LineSpan;
        return new JsonDiagnostic(
            diagnostic.Code,
            SeverityName.Of(diagnostic.Severity),
            diagnostic.Message,
            diagnostic.Source.Path,
            start.Line + 1,
            start.Character + 1,
            end.Line + 1,
            end.Character + 1);
    }
}

/// <summary>One diagnostic in JSON output; the property order is the order of the parameters.</summary>
internal sealed record JsonDiagnostic(
    string Code, string Severity, string Message, string File, int Line, int Column, int EndLine, int EndColumn);
