using CertLang.LanguageServer.Workspace;

namespace CertLang.LanguageServer.Tests;

/// <summary>Document URIs as messages show them: relative to the innermost workspace folder that holds them.</summary>
public sealed class WorkspacePathsTests
{
    [Theory]
    [InlineData("file:///work/pack/markets/china.cert", "markets/china.cert")]
    [InlineData("file:///work/pack/sub/inner/a.cert", "a.cert")]
    [InlineData("file:///work/packs/a.cert", "/work/packs/a.cert")]
    [InlineData("file:///elsewhere/a.cert", "/elsewhere/a.cert")]
    [InlineData("untitled:Untitled-1", "untitled:Untitled-1")]
    public void A_document_is_shown_relative_to_the_folder_that_holds_it(string uri, string shown)
    {
        Assert.Equal(shown, WorkspacePaths.Display(uri, ["file:///work/pack", "file:///work/pack/sub/inner"]));
    }
}
