namespace CertLang.Planning.Tests.Reports;

/// <summary>Reads the GitHub Markdown tables of a report back: each table as its rows of cells, pipes escaped with a backslash kept in their cell.</summary>
internal static class MarkdownTable
{
    /// <summary>Every table of <paramref name="markdown"/> (runs of lines starting with a pipe), header row first, separator row left out.</summary>
    public static List<List<string[]>> All(string markdown)
    {
        var tables = new List<List<string[]>>();
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('|') && (i == 0 || !lines[i - 1].StartsWith('|')))
            {
                tables.Add([.. lines.Skip(i).TakeWhile(l => l.StartsWith('|')).Where((_, row) => row != 1).Select(Cells)]);
            }
        }

        return tables;
    }

    /// <summary>The cells of a row: split at the pipes that are not escaped, trimmed.</summary>
    public static string[] Cells(string row)
    {
        var cells = new List<string>();
        var start = 1;
        for (var i = 1; i < row.Length; i++)
        {
            if (row[i] == '|' && row[i - 1] != '\\')
            {
                cells.Add(row[start..i].Trim());
                start = i + 1;
            }
        }

        return [.. cells];
    }
}
