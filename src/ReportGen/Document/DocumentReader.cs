using ReportGen.Templating;
using System.Globalization;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportGen.Diagnostics;

namespace ReportGen.Document;

/// <summary>Parses a document's Markdown once and reads its forms (Rendering/README.md), each with one set of diagnostics.</summary>
internal static class DocumentReader
{

    /// <summary>Null, with an error, when the Markdown nests deeper than the writers can set, or has a paragraph or word over the caps.</summary>
    public static ReportDocument? Read(string name, string markdown, string templatePath, DiagnosticBag diagnostics) =>
        Read(name, markdown, templatePath, diagnostics, TextRunLimits.MaxParagraphCharacters);

    /// <inheritdoc cref="Read(string, string, string, DiagnosticBag)"/>
    /// <param name="maxParagraph">The paragraph cap for the review's data (<see cref="TextRunLimits.MaxParagraphCharactersFor"/>).</param>
    public static ReportDocument? Read(string name, string markdown, string templatePath, DiagnosticBag diagnostics, long maxParagraph)
    {
        var (tree, deepLine) = MarkdownDocumentParser.ParseWithinDepth(markdown);
        if (tree is null)
        {
            diagnostics.Error(templatePath, 0, 0, TemplateCodes.NestedTooDeep,
                $"the Markdown this template writes nests quotes, lists, emphasis or links more than {MarkdownDocumentParser.MaxNestingDepth} levels deep" +
                (deepLine > 0 ? $" (line {deepLine} of {name}.md)" : "") + ", more than the writers can set.",
                "Look for a loop that opens '>', '-', '*' or '[' on every turn without closing it.");
            return null;
        }
        if (!TextRunLimits.Check(tree, name + ".md", templatePath, diagnostics, maxParagraph)) return null;
        return FromTree(name + ".md", tree, diagnostics);
    }

    /// <summary>The forms of a tree already parsed with <see cref="MarkdownDocumentParser"/>; <paramref name="source"/> is the Markdown's name in diagnostics.</summary>
    public static ReportDocument FromTree(string source, MarkdownDocument tree, DiagnosticBag diagnostics)
    {
        var tables = new List<TableForm>();
        foreach (var container in tree.Descendants<CustomContainer>())
        {
            var attributes = container.TryGetAttributes();
            if (attributes?.Classes?.Contains("table") != true) continue;
            var table = container.OfType<Table>().FirstOrDefault();
            if (table is null)
            {
                diagnostics.Warning(source, container.Line + 1, container.Column + 1, DocumentCodes.TableContainerWithoutTable,
                    "this container has class 'table' but holds no pipe table; its content is written as plain paragraphs",
                    "Put a pipe table (a header row, a |---| line and body rows) inside the ::: container, after the caption.");
                continue;
            }
            var tableIndex = container.IndexOf(table);
            var caption = container.Take(tableIndex).OfType<ParagraphBlock>().FirstOrDefault();
            var form = new TableForm(container, table, caption,
                container.Take(tableIndex).Where(b => b != caption).ToList(),
                container.Skip(tableIndex + 1).ToList(),
                attributes.Id, attributes.Classes.Contains("landscape"), Widths: null);
            var widths = attributes.Properties?.FirstOrDefault(p => p.Key == "widths").Value;
            tables.Add(form with { Widths = Widths(widths, form.ColumnCount, source, container, diagnostics) });
        }
        return new ReportDocument(source, tree, tables);
    }

    /// <summary>Shares of the line summing to 1, or null (the writers choose widths) when the attribute is absent or unusable.</summary>
    private static double[]? Widths(string? attribute, int columnCount, string source, CustomContainer at, DiagnosticBag diagnostics)
    {
        if (attribute is null) return null;
        var parts = attribute.Split(',', StringSplitOptions.TrimEntries);
        var widths = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var w) && double.IsFinite(w) && w > 0 ? w : -1).ToArray();
        var problem = parts.Length != columnCount ? $"gives {parts.Length} widths but the table has {columnCount} columns"
            : widths.Any(w => w <= 0) ? $"holds \"{parts[Array.FindIndex(widths, w => w <= 0)]}\", which is not a positive number"
            : null;
        if (problem is null)
        {
            var sum = widths.Sum();
            return widths.Select(w => w / sum).ToArray();
        }
        diagnostics.Warning(source, at.Line + 1, at.Column + 1, DocumentCodes.InvalidColumnWidths,
            $"widths=\"{attribute}\" {problem}; the writers choose the widths as for a table without them",
            $"Give one positive relative width per column, for example widths=\"{string.Join(',', Enumerable.Repeat(1, columnCount))}\".");
        return null;
    }
}
