using CertLang.LanguageServer.Protocol;
using CertLang.Semantics;
using CertLang.Syntax;
using CertLang.Syntax.Text;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Workspace;

/// <summary>One document as a request sees it: its tree in the workspace snapshot taken when the request arrived.</summary>
internal sealed class DocumentSnapshot(string uri, SyntaxTree tree, DocumentWorkspace workspace)
{
    private SemanticModel? _model;

    /// <summary>The document's URI.</summary>
    public string Uri { get; } = uri;

    /// <summary>The document's syntax tree.</summary>
    public SyntaxTree Tree { get; } = tree;

    /// <summary>The whole workspace at that moment.</summary>
    public DocumentWorkspace Workspace { get; } = workspace;

    /// <summary>The compilation of the workspace at that moment.</summary>
    public Compilation Compilation => Workspace.Compilation;

    /// <summary>The semantic model of the document (binding the compilation on first use).</summary>
    public SemanticModel Model => _model ??= Compilation.GetSemanticModel(Tree);

    /// <summary>The character offset of <paramref name="position"/>: a character past the end of its line means the end of the line; a line past the end is an <c>InvalidParams</c> error.</summary>
    public int OffsetOf(Position position)
    {
        var lineCount = Tree.Text.LineStarts.Count;
        if (position.Line < 0 || position.Character < 0 || position.Line >= lineCount)
        {
            throw new LocalRpcException($"position {position.Line}:{position.Character} is outside {DisplayText.Safe(Uri)}, which has {lineCount} lines") { ErrorCode = ErrorCodes.InvalidParams };
        }

        return Tree.Text.GetPosition(Positions.ToLinePosition(position));
    }

    /// <summary>The span of <paramref name="range"/>, clamped to the document (editors ask for ranges a little past its end).</summary>
    public TextSpan SpanOf(Protocol.Range range)
    {
        var start = Tree.Text.GetPosition(Positions.ToLinePosition(range.Start));
        return TextSpan.FromBounds(start, Math.Max(start, Tree.Text.GetPosition(Positions.ToLinePosition(range.End))));
    }
}
