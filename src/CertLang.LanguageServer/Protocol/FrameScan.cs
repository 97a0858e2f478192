namespace CertLang.LanguageServer.Protocol;

/// <summary>What the next bytes of the input are, as <see cref="LspFraming.Scan"/> finds them.</summary>
internal abstract record FrameScan
{
    /// <summary>Too few bytes to tell: read more.</summary>
    public sealed record Incomplete : FrameScan;

    /// <summary><paramref name="Length"/> bytes that do not start a header (the rest of a message whose Content-Length was too short, or noise): skip them.</summary>
    public sealed record Garbage(long Length) : FrameScan;

    /// <summary>A header section of <paramref name="Length"/> bytes that does not frame a message, because of <paramref name="Problem"/>.</summary>
    public sealed record BadHeader(long Length, string Problem) : FrameScan;

    /// <summary>A message: <paramref name="HeaderLength"/> bytes of headers, then <paramref name="ContentLength"/> bytes of body.</summary>
    public sealed record Frame(long HeaderLength, int ContentLength) : FrameScan;
}
