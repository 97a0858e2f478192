using CertLang.LanguageServer.Protocol;

namespace CertLang.LanguageServer.Tests;

/// <summary><c>textDocument/codeAction</c>: the quick fixes "did you mean", declare the missing attribute, add the missing unit.</summary>
public sealed class CodeActionTests
{
    private static async Task<IReadOnlyList<CodeAction>> ActionsAtAsync(InProcessClient client, string uri, Position position) =>
        await client.RequestAsync<IReadOnlyList<CodeAction>>("textDocument/codeAction",
            new CodeActionParams(new TextDocumentIdentifier(uri), new Protocol.Range(position, position), new CodeActionContext([])));

    private static string Apply(string text, IReadOnlyList<TextEdit> edits)
    {
        var lines = text.Split('\n');
        int Offset(Position p) => lines.Take(p.Line).Sum(l => l.Length + 1) + p.Character;
        return edits.OrderByDescending(e => Offset(e.Range.Start))
            .Aggregate(text, (current, e) => string.Concat(current.AsSpan(0, Offset(e.Range.Start)), e.NewText, current.AsSpan(Offset(e.Range.End))));
    }

    [Fact]
    public async Task A_misspelt_attribute_offers_the_preferred_fix_did_you_mean_and_declaring_it()
    {
        await using var client = InProcessClient.Start();
        await client.OpenAsync(SamplePack.Uri, SamplePack.Text);

        var actions = await ActionsAtAsync(client, SamplePack.Uri, new Position(12, 28));

        Assert.Equal(["Change to 'rated_voltage'", "Declare attribute 'rated_volage: voltage'"], actions.Select(a => a.Title));
        Assert.All(actions, a => Assert.Equal(("quickfix", "CERT1001"), (a.Kind, a.Diagnostics.Single().Code)));
        Assert.True(actions[0].IsPreferred);
        var fixedText = Apply(SamplePack.Text, actions[0].Edit.Changes[SamplePack.Uri]);
        Assert.Contains("include kettle where rated_voltage > 12 V", fixedText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declaring_a_missing_attribute_puts_it_after_the_last_attribute_with_the_type_its_use_implies()
    {
        await using var client = InProcessClient.Start();
        var text = SamplePack.Text.Replace("rated_volage > 12 V", "rated_power > 2 kW", StringComparison.Ordinal);
        await client.OpenAsync(SamplePack.Uri, text);

        var actions = await ActionsAtAsync(client, SamplePack.Uri, new Position(12, 28));

        var declare = Assert.Single(actions);
        Assert.Equal("Declare attribute 'rated_power: power'", declare.Title);
        Assert.StartsWith("pack demo version 1.0.0 \"Demo\"\n\nattribute rated_voltage: voltage\nattribute rated_power: power\n", Apply(text, declare.Edit.Changes[SamplePack.Uri]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_without_its_unit_offers_adding_the_base_unit()
    {
        await using var client = InProcessClient.Start();
        var text = SamplePack.Text.Replace("rated_volage > 12 V", "rated_voltage > 12", StringComparison.Ordinal);
        await client.OpenAsync(SamplePack.Uri, text);

        var actions = await ActionsAtAsync(client, SamplePack.Uri, new Position(12, 42));

        var addUnit = Assert.Single(actions);
        Assert.Equal(("Add the unit 'V'", "CERT1021"), (addUnit.Title, addUnit.Diagnostics.Single().Code));
        Assert.Contains("where rated_voltage > 12 V\n", Apply(text, addUnit.Edit.Changes[SamplePack.Uri]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_keyword_offers_the_keyword()
    {
        await using var client = InProcessClient.Start();
        var text = SamplePack.Text.Replace("  route certification", "  rout certification", StringComparison.Ordinal);
        await client.OpenAsync(SamplePack.Uri, text);

        var actions = await ActionsAtAsync(client, SamplePack.Uri, new Position(10, 3));

        Assert.Equal("Change to 'route'", Assert.Single(actions).Title);
    }

    [Fact]
    public async Task Where_there_is_no_diagnostic_there_is_no_action()
    {
        await using var client = InProcessClient.Start();
        await client.OpenAsync(SamplePack.Uri, SamplePack.Text);

        Assert.Empty(await ActionsAtAsync(client, SamplePack.Uri, new Position(2, 3)));
    }
}
