using CertLang.Syntax.Text;

namespace CertLang.LanguageServer.Workspace;

/// <summary>Converts between the libraries' line positions and spans and the protocol's positions and ranges (both count UTF-16 units).</summary>
internal static class Positions
{
    /// <summary>The library position of a protocol position.</summary>
    public static LinePosition ToLinePosition(Protocol.Position position) => new(position.Line, position.Character);

    /// <summary>The protocol position of a library position.</summary>
    public static Protocol.Position ToPosition(LinePosition position) => new(position.Line, position.Character);

    /// <summary>The protocol range of a library line span.</summary>
    public static Protocol.Range ToRange(LinePositionSpan span) => new(ToPosition(span.Start), ToPosition(span.End));
}
