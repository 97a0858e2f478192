using System.CommandLine;

namespace CertLang.Cli.Commands;

/// <summary>The <c>--output</c>/<c>-o</c> option of the verbs that write files; an empty path is a usage error.</summary>
internal static class OutputOption
{
    /// <summary>Creates the option, named in help by <paramref name="helpName"/>.</summary>
    public static Option<string> Create(string description, string helpName, bool required)
    {
        var output = new Option<string>("--output", "-o") { Description = description, Required = required, HelpName = helpName };
        output.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: "" }])
            {
                result.AddError("--output needs a path; it was empty");
            }
        });
        return output;
    }
}
