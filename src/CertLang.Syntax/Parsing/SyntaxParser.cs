using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Generated;
using CertLang.Syntax.Text;

namespace CertLang.Syntax.Parsing;

/// <summary>Parses a source text into a syntax tree: lex, guard the nesting, parse in two stages, build the typed tree.</summary>
internal static class SyntaxParser
{
    /// <summary>Parses <paramref name="source"/>; never throws for any input.</summary>
    public static (CompilationUnitSyntax Root, ImmutableArray<Diagnostic> Diagnostics) Parse(SourceText source)
    {
        var diagnostics = new List<Diagnostic>();
        if (source.InvalidUtf8Offset is { } offset)
        {
            diagnostics.Add(SyntaxDiagnostics.NotUtf8(source, offset));
        }

        var tokens = LexicalScanner.Tokenize(source, diagnostics);
        var afterSkippedGroups = NestingGuard.HideTooDeep(source, tokens, diagnostics);
        var parseTree = ParseTokens(source, tokens, afterSkippedGroups, diagnostics);
        var root = new TreeBuilder(source, tokens, diagnostics).Build(parseTree);
        diagnostics.Sort((a, b) => a.Span.CompareTo(b.Span));
        return (root, [.. diagnostics]);
    }

    /// <summary>
    /// Fast SLL prediction with no recovery first; only when that fails, full LL prediction with error recovery.
    /// </summary>
    private static CertLangParser.CompilationUnitContext ParseTokens(SourceText source, List<IToken> tokens, IReadOnlySet<int> quietTokens, List<Diagnostic> diagnostics)
    {
        var stream = new CommonTokenStream(new ListTokenSource(tokens));
        var parser = new CertLangParser(stream);
        parser.RemoveErrorListeners();
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = new BailErrorStrategy();
        try
        {
            return parser.compilationUnit();
        }
        catch (ParseCanceledException)
        {
            stream.Seek(0);
            parser.Reset();
            parser.Interpreter.PredictionMode = PredictionMode.LL;
            parser.ErrorHandler = new SyntaxErrorStrategy(source, tokens, quietTokens, diagnostics);
            return parser.compilationUnit();
        }
    }
}
