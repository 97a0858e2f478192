using System.Text;
using CertLang.Syntax.Text;

namespace CertLang.Planning.Products;

/// <summary>
/// Reads a portfolio from CSV (RFC 4180: commas, double quotes, "" for a quote; lines end in CR LF, LF or CR): a header row of column names
/// (<c>id</c>, <c>name</c>, <c>category</c>, <c>hs</c> and attribute names), then one product per row; an empty cell is a missing value.
/// </summary>
internal static class CsvProductReader
{
    /// <summary>The products of <paramref name="csv"/>; <paramref name="file"/> names them in messages.</summary>
    public static List<RawProduct> Read(string csv, string file)
    {
        var rows = Rows(csv, file);
        if (rows.Count == 0)
        {
            throw new ProductInputException([$"{file}: empty; the first row names the columns (id, category, hs, attributes…)"]);
        }

        var header = rows[0].Cells;
        var duplicate = header.GroupBy(h => h).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ProductInputException([$"{file} line 1: column \"{DisplayText.Safe(duplicate.Key)}\" appears twice"]);
        }

        var products = new List<RawProduct>();
        foreach (var (line, cells) in rows.Skip(1).Where(r => r.Cells.Any(c => c.Length > 0)))
        {
            var origin = $"{file} line {line}";
            if (cells.Count != header.Count)
            {
                throw new ProductInputException([$"{origin}: {cells.Count} cells, but the header has {header.Count} columns"]);
            }

            var fields = header.Select((column, i) => new KeyValuePair<string, RawValue?>(column, cells[i].Length == 0 ? null : new RawValue(Text: cells[i])))
                .Where(f => f.Key is not ("id" or "name"))
                .ToList();
            products.Add(new RawProduct(origin, Cell(header, cells, "id"), Cell(header, cells, "name"), fields));
        }

        return products;
    }

    private static string? Cell(List<string> header, List<string> cells, string column)
    {
        var index = header.IndexOf(column);
        return index >= 0 && cells[index].Length > 0 ? cells[index] : null;
    }

    private static List<(int Line, List<string> Cells)> Rows(string csv, string file)
    {
        var rows = new List<(int, List<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += IsLineEnd(csv, i) ? 1 : 0;
                    cell.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when cell.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    cells.Add(cell.ToString().Trim());
                    cell.Clear();
                    break;
                case '\r' when i + 1 < csv.Length && csv[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    cells.Add(cell.ToString().Trim());
                    cell.Clear();
                    rows.Add((rowLine, cells));
                    cells = [];
                    rowLine = ++line;
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            throw new ProductInputException([$"{file} line {rowLine}: a quoted cell is not closed"]);
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString().Trim());
            rows.Add((rowLine, cells));
        }

        return rows;
    }

    /// <summary>Whether the character at <paramref name="index"/> ends a line: a line feed, or a carriage return not followed by one.</summary>
    private static bool IsLineEnd(string csv, int index) =>
        csv[index] == '\n' || (csv[index] == '\r' && (index + 1 == csv.Length || csv[index + 1] != '\n'));
}
