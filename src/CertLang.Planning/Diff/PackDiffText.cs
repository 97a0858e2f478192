using System.Text;

namespace CertLang.Planning.Diff;

/// <summary>
/// Writes a pack diff for a reader, one change a line: <c>route: certification → self_declaration</c>,
/// <c>step added: sampling</c>, <c>scope rule removed: exclude where use == industrial</c>; a summary line ends it.
/// </summary>
public static class PackDiffText
{
    /// <summary>The report of <paramref name="diff"/>, with <c>\n</c> line breaks.</summary>
    public static string Render(PackDiff diff)
    {
        var text = new StringBuilder($"{diff.Old.Name} {diff.Old.Version} → {diff.New.Name} {diff.New.Version}\n");
        if (diff.NeedsVersionBump)
        {
            text.Append($"warning: the packs differ but both are version {diff.New.Version}: give the new one a higher version in its pack declaration, " +
                        "so that plans made with each can be told apart\n");
        }

        foreach (var change in diff.Changes)
        {
            text.Append(Line(change)).Append('\n');
        }

        foreach (var regime in diff.Regimes)
        {
            text.Append($"regime {regime.Regime}:\n");
            foreach (var change in regime.Changes)
            {
                text.Append("  ").Append(Line(change)).Append('\n');
            }
        }

        if (diff.Products is { Changes.IsEmpty: false } products)
        {
            text.Append($"products at {products.Ship:yyyy-MM-dd}:\n");
            foreach (var change in products.Changes)
            {
                var missing = change.Missing.IsEmpty ? "" : $" (missing {string.Join(", ", change.Missing)})";
                text.Append($"  {change.Product} {change.Regime}: {change.Old}{By(change.OldSatisfiedBy)} → {change.New}{By(change.NewSatisfiedBy)}{missing}\n");
            }
        }

        if (diff.Products is { Starts.IsEmpty: false } planned)
        {
            text.Append($"start by, planned to every market of both packs, for shipment on {planned.Ship:yyyy-MM-dd}:\n");
            foreach (var start in planned.Starts)
            {
                text.Append($"  {start.Product}: {Date(start.Old)} → {Date(start.New)}\n");
            }
        }

        return text.Append(Summary(diff)).Append('\n').ToString();
    }

    private static string Line(Change change) => change switch
    {
        { Old: null } => $"{change.Subject} added: {change.New}",
        { New: null } => $"{change.Subject} removed: {change.Old}",
        _ => $"{change.Subject}: {change.Old} → {change.New}",
    };

    private static string Summary(PackDiff diff)
    {
        var count = diff.Changes.Length + diff.Regimes.Sum(r => r.Changes.Length);
        var summary = count switch
        {
            0 => "no differences",
            1 => "1 difference",
            _ => $"{count} differences",
        };
        if (diff.Products is not { } products)
        {
            return summary;
        }

        var statuses = products.Changes.Length == 1 ? "1 status change" : $"{(products.Changes.IsEmpty ? "no" : products.Changes.Length)} status changes";
        var productCount = products.ProductCount == 1 ? "1 product" : $"{products.ProductCount} products";
        var starts = products.Starts.Length == 1 ? "1 start-by change" : $"{(products.Starts.IsEmpty ? "no" : products.Starts.Length)} start-by changes";
        return $"{summary}; {statuses} and {starts} for {productCount} at {products.Ship:yyyy-MM-dd}";
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "nothing to certify";

    private static string By(string? satisfiedBy) => satisfiedBy is null ? "" : $" {satisfiedBy}";
}
