namespace CertLang.Cli;

/// <summary>Bad input from the user (a missing folder, an unreadable file): reported as a message and exit code 3, never as a stack trace.</summary>
internal sealed class UserInputException(string message) : Exception(message);
