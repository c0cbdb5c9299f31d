using System.Text;
using ReportGen.Analysis;
using ReportGen.Model;

namespace ReportGen.Templating.Functions;

/// <summary>
/// Table 2 as fields.csv lays it out: <c>table_header</c> writes the header and rule rows, <c>table_row c</c> one
/// campaign's row, <c>table_widths</c> the columns' relative widths. Each field is written as its kind reads in a
/// table: a value's <c>table_label</c>, lists joined with "; ", resources as narrative citations, text as charted.
/// </summary>
/// <remarks>A field a campaign's fields of kind 'inferred' name is followed by <paramref name="inferredMark"/> ("" for none).</remarks>
internal sealed class TableCells(IReadOnlyList<TableColumnView> columns, ReviewFunctions functions, string inferredMark = "")
{
    public const string Placeholder = "{}";

    /// <summary><c>table_header</c> → "| Author (year) | Setting |\n|---|---|".</summary>
    public MarkdownText Header() => new(
        "| " + string.Join(" | ", columns.Select(c => MarkdownEscaper.EscapeInline(c.Header))) + " |\n|" +
        string.Concat(columns.Select(_ => "---|")));

    /// <summary><c>table_row c</c> → "| Ammendolia et al. (2004) | CA |": one cell per column.</summary>
    public MarkdownText Row(CampaignView campaign) =>
        new("| " + string.Join(" | ", columns.Select(c => Cell(campaign, c))) + " |");

    /// <summary>
    /// <c>table_widths</c> → <c>widths="11,8,12"</c>, the table container's attribute with the widths fields.csv gives,
    /// or nothing unless every column has one (the writers then share the width out by content).
    /// </summary>
    /// <remarks>The loader has checked that each width is a plain number, so it cannot break out of the attribute.</remarks>
    public MarkdownText Widths() => new(columns.Count > 0 && columns.All(c => c.Width.Length > 0)
        ? $"widths=\"{string.Join(",", columns.Select(c => c.Width))}\""
        : "");

    /// <summary>
    /// The fields of one column, each through its format ("{}" for the first, "; {}" for the others when none is
    /// given); an empty field writes nothing, and the first field written drops the separator its format opens with.
    /// </summary>
    private string Cell(CampaignView campaign, TableColumnView column)
    {
        var cell = new StringBuilder();
        var formats = FormatsOf(column);
        for (var i = 0; i < column.Fields.Count; i++)
        {
            var field = column.Fields[i];
            var value = Value(campaign, field);
            if (value.Length == 0) continue;
            var (before, firstBefore, after) = formats[i];
            cell.Append(cell.Length == 0 ? firstBefore : before).Append(value);
            if (IsMarked(campaign, field)) cell.Append(MarkdownEscaper.EscapeInline(inferredMark));
            cell.Append(after);
        }
        return cell.ToString();
    }

    private readonly Dictionary<TableColumnView, (string Before, string FirstBefore, string After)[]> _formats = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Each field's text before and after its value, escaped, worked out once per column rather than for every row:
    /// before it as the cell's first field (without the separator its format opens with) and after another.
    /// </summary>
    private (string Before, string FirstBefore, string After)[] FormatsOf(TableColumnView column)
    {
        if (_formats.TryGetValue(column, out var known)) return known;
        var formats = column.Fields.Select(field =>
        {
            var format = field.Table!.Format.Length > 0 ? field.Table.Format : field == column.Fields[0] ? Placeholder : "; " + Placeholder;
            var at = format.IndexOf(Placeholder, StringComparison.Ordinal);
            var before = at < 0 ? format + " " : format[..at];
            var after = at < 0 ? "" : format[(at + Placeholder.Length)..];
            return (MarkdownEscaper.EscapeFragment(before), MarkdownEscaper.EscapeFragment(before.TrimStart(' ', ';', ',')),
                MarkdownEscaper.EscapeFragment(after));
        }).ToArray();
        _formats[column] = formats;
        return formats;
    }

    /// <summary>How many of the table's filled cells carry the mark (0 when marks are off).</summary>
    public int MarkedCells(IEnumerable<CampaignView> campaigns) =>
        campaigns.Sum(c => columns.SelectMany(col => col.Fields).Count(f => IsMarked(c, f) && c.HasValue(f.Name)));

    private bool IsMarked(CampaignView campaign, Field field) => inferredMark.Length > 0 && campaign.Inferred.Contains(field.Name);

    /// <summary>The field's value as Markdown, escaped.</summary>
    private string Value(CampaignView campaign, Field field) => campaign[field.Name] switch
    {
        null => "",
        ValueLabel value => MarkdownEscaper.EscapeInline(value.TableLabel),
        IReadOnlyList<ValueLabel> values => Join(values.Select(v => v.TableLabel)),
        IReadOnlyList<Code> codes => Join(codes.Select(c => c.TableLabel)),
        IReadOnlyList<Guideline> guidelines => Join(guidelines.Select(g => g.TableLabel)),
        IReadOnlyList<Resource> resources => string.Join("; ", resources.Select(r => functions.CiteNarrative(r).Markdown)),
        _ => MarkdownEscaper.EscapeInline(campaign.Cells[field.Name].Text),
    };

    private static string Join(IEnumerable<string> labels) => string.Join("; ", labels.Select(MarkdownEscaper.EscapeInline));
}
