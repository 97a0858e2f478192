namespace CertLang.Cli;

/// <summary>The exit codes of certc (docs/cli.md, "Exit codes").</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>The sources have errors, a test failed, or fmt --check found changes.</summary>
    public const int Failed = 1;

    /// <summary>Wrong command-line usage.</summary>
    public const int Usage = 2;

    /// <summary>Bad input data: unreadable file, invalid JSON or CSV, invalid or tampered pack.</summary>
    public const int BadInput = 3;

    /// <summary>An internal error: a bug in certc.</summary>
    public const int InternalError = 4;
}
