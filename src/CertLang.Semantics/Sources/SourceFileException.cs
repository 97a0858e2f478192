namespace CertLang.Semantics.Sources;

/// <summary>A file that is refused before it is read (not a regular file, or too long); the message says why, without the path.</summary>
public sealed class SourceFileException(string message) : IOException(message);
