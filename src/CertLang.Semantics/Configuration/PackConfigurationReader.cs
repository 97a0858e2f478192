using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using CertLang.Semantics.Diagnostics;
using CertLang.Semantics.Sources;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Text;
using static CertLang.Syntax.Text.DisplayText;

namespace CertLang.Semantics.Configuration;

/// <summary>
/// The one reader of <c>certlang.json</c>, for the CLI and the language server (schemas/certlang.schema.json): an
/// object with <c>$schema</c>, <c>diagnostics</c> (code to level) and <c>showInfos</c>. Comments and trailing commas are
/// allowed. What is wrong is a diagnostic at its place in the file; what can be read of a faulty file still applies.
/// </summary>
public static class PackConfigurationReader
{
    private static readonly string[] Properties = ["$schema", "diagnostics", "showInfos"];
    private static readonly string[] LevelNames = [.. Enum.GetValues<DiagnosticLevel>().Select(level => level.ToString().ToLowerInvariant())];

    /// <summary>
    /// The configuration of the pack whose root is <paramref name="folder"/>: its <c>certlang.json</c>, shown in
    /// diagnostics as <paramref name="shownAs"/> (its path by default), or <see cref="PackConfiguration.Default"/> when
    /// there is none. A file that cannot be read is a CERT2101.
    /// </summary>
    public static PackConfiguration ReadFolder(string folder, Func<string, string>? shownAs = null)
    {
        var path = Path.Combine(folder, PackConfiguration.FileName);
        if (!File.Exists(path))
        {
            return PackConfiguration.Default;
        }

        var shown = shownAs?.Invoke(path) ?? path;
        try
        {
            return Read(SourceText.From(SourceFile.ReadAllBytes(path, followLinks: false), shown));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var source = SourceText.From("", shown);
            return PackConfiguration.Default with { Diagnostics = [ConfigurationDiagnostics.ConfigurationNotValid(source, new TextSpan(0, 0), $"cannot read the file: {e.Message}")] };
        }
    }

    /// <summary>The configuration <paramref name="source"/> (the text of a <c>certlang.json</c>) gives.</summary>
    public static PackConfiguration Read(SourceText source) => new Reading(source).Run();

    private sealed class Reading(SourceText source)
    {
        private readonly byte[] _bytes = Encoding.UTF8.GetBytes(source.ToString());
        private readonly ImmutableDictionary<string, DiagnosticLevel>.Builder _levels = ImmutableDictionary.CreateBuilder<string, DiagnosticLevel>(StringComparer.Ordinal);
        private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        private bool _showInfos;

        public PackConfiguration Run()
        {
            var reader = new Utf8JsonReader(_bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            try
            {
                ReadTop(ref reader);
            }
            catch (JsonException e)
            {
                var at = PositionOf(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
                _diagnostics.Add(ConfigurationDiagnostics.ConfigurationNotValid(source, new TextSpan(at, 0), $"not valid JSON: {FirstSentence(e.Message)}"));
            }

            return new PackConfiguration(_levels.ToImmutable(), _showInfos, _diagnostics.ToImmutable());
        }

        private void ReadTop(ref Utf8JsonReader reader)
        {
            if (!reader.Read())
            {
                Problem(new TextSpan(0, 0), "the file is empty; write an object: { \"diagnostics\": { \"CERT1070\": \"off\" } }");
                return;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Problem(SpanOf(ref reader), "expected an object: { \"diagnostics\": { \"CERT1070\": \"off\" } }");
                return;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                var nameSpan = SpanOf(ref reader);
                reader.Read();
                switch (name)
                {
                    case "$schema" when reader.TokenType == JsonTokenType.String:
                        break;
                    case "showInfos" when reader.TokenType is JsonTokenType.True or JsonTokenType.False:
                        _showInfos = reader.GetBoolean();
                        break;
                    case "diagnostics" when reader.TokenType == JsonTokenType.StartObject:
                        ReadLevels(ref reader);
                        break;
                    case "$schema" or "showInfos" or "diagnostics":
                        Problem(SpanOf(ref reader), $"'{name}' takes {(name == "showInfos" ? "true or false" : name == "$schema" ? "a string" : "an object of codes and levels")}");
                        reader.Skip();
                        break;
                    default:
                        var suggestion = SpellChecker.Suggest(name, Properties);
                        Problem(nameSpan, $"unknown property '{Safe(name)}'{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")}; the file has {List(Properties)}");
                        reader.Skip();
                        break;
                }
            }

            reader.Read();
        }

        private void ReadLevels(ref Utf8JsonReader reader)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var code = reader.GetString()!;
                var codeSpan = SpanOf(ref reader);
                reader.Read();
                var valueSpan = SpanOf(ref reader);
                var value = reader.TokenType == JsonTokenType.String ? reader.GetString()! : null;
                reader.Skip();
                var index = value is null ? -1 : Array.IndexOf(LevelNames, value);
                if (index < 0)
                {
                    Problem(valueSpan, $"the level of a code is one of {List(LevelNames.Select(name => $"\"{name}\""))}");
                    continue;
                }

                var level = (DiagnosticLevel)index;
                if (CompilerDiagnostics.Find(code) is not { } descriptor)
                {
                    _diagnostics.Add(ConfigurationDiagnostics.ConfiguredCodeNotKnown(source, codeSpan, code, CompilerDiagnostics.SuggestCode(code)));
                }
                else if (descriptor.Severity == DiagnosticSeverity.Error && level != DiagnosticLevel.Error)
                {
                    _diagnostics.Add(ConfigurationDiagnostics.ErrorLevelChanged(source, valueSpan, code, value!));
                }
                else
                {
                    _levels[code] = level;
                }
            }
        }

        private void Problem(TextSpan span, string message) => _diagnostics.Add(ConfigurationDiagnostics.ConfigurationNotValid(source, span, message));

        /// <summary>The span of the current token, in characters (a string with its quotes).</summary>
        private TextSpan SpanOf(ref Utf8JsonReader reader)
        {
            var start = (int)reader.TokenStartIndex;
            var quotes = reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? 2 : 0;
            var length = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? 1 : reader.ValueSpan.Length + quotes;
            var end = Math.Min(_bytes.Length, start + length);
            return TextSpan.FromBounds(CharOffset(start), CharOffset(end));
        }

        private int CharOffset(int byteOffset) => Encoding.UTF8.GetCharCount(_bytes, 0, byteOffset);

        private int PositionOf(long line, long bytesInLine)
        {
            var lineIndex = (int)Math.Min(line, source.LineStarts.Count - 1);
            var lineStart = source.LineStarts[lineIndex];
            var lineStartBytes = Encoding.UTF8.GetByteCount(source.ToString().AsSpan(0, lineStart));
            return Math.Min(source.Length, CharOffset((int)Math.Min(_bytes.Length, lineStartBytes + bytesInLine)));
        }

        private static string FirstSentence(string message)
        {
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return (cut < 0 ? message : message[..cut]).TrimEnd();
        }
    }
}
