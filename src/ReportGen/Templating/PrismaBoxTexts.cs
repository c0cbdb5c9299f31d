using System.Text.RegularExpressions;
using ReportGen.Analysis;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Model;
using Scriban.Runtime;

namespace ReportGen.Templating;

/// <summary>
/// Renders the words of every box from a Scriban template (templates/prisma.sbn). The template holds words only;
/// counts arrive already formatted as variables. Its output is a list of "[box]" sections, one per box, and each
/// line of a section is one line of that box's text (wrapped later to the box width).
/// </summary>
internal static partial class PrismaBoxTexts
{
    [GeneratedRegex(@"^\[([A-Za-z0-9_]+)\]$")]
    private static partial Regex SectionHeader();

    /// <summary>
    /// Runs the template with <paramref name="runner"/>, the build's one runner (its limits, codes and hints); with
    /// <paramref name="claims"/>, records each count that reaches a drawn box.
    /// </summary>
    public static IReadOnlyDictionary<string, string>? Render(
        string templatePath, FlowCounts counts, DiagnosticBag bag, TemplateRunner? runner = null, Claims.FigureClaims? claims = null)
    {
        if (!File.Exists(templatePath))
        {
            bag.Error(templatePath, 0, 0, PrismaCodes.TemplateUnreadable, "The PRISMA box text template could not be read.",
                "Check that templates/prisma.sbn exists and can be read.");
            return null;
        }
        if (TemplateFile.Read(templatePath, Path.GetDirectoryName(Path.GetFullPath(templatePath))!, templatePath, bag) is not { } source)
            return null;

        var boxes = PrismaBoxes.Of(counts);
        var output = (runner ?? new TemplateRunner(TemplateLimits.Default)).Run(new TemplateJob(source, templatePath, Variables(counts, boxes, claims))
        {
            VariablesHint = "Use only the variables the template's header comment lists (n.<data name>, items.<data name>, total, has_other, has_previous).",
        }, bag);
        return output is null ? null : Sections(templatePath, output, boxes, bag, claims, source);
    }

    private static ScriptObject Variables(FlowCounts counts, PrismaBoxes boxes, Claims.FigureClaims? claims)
    {
        string Text(string data, long count, string? item = null) =>
            claims?.Mark(data, count, PrismaBoxes.Format(count), item) ?? PrismaBoxes.Format(count);

        var n = new ScriptObject();
        foreach (var data in FlowData.Known)
            n[data] = FlowChecks.BoxCount(counts, data) is { } count ? Text(data, count) : null;

        var items = new ScriptObject();
        foreach (var data in FlowData.Lists.Order(StringComparer.Ordinal))
        {
            var list = new ScriptArray();
            foreach (var item in counts.Breakdown(data))
                list.Add(new ScriptObject { ["name"] = item.Name, ["n"] = item.Count is { } count ? Text(data, count, item.Name) : null });
            items[data] = list;
        }

        return new ScriptObject
        {
            ["n"] = n,
            ["items"] = items,
            ["total"] = boxes.IdentifiedTotal is { } total ? Text(IdentifiedTotal, total) : null,
            ["has_other"] = boxes.OtherArm,
            ["has_previous"] = boxes.PreviousArm,
        };
    }

    /// <summary>The flow total the "total" box states, by the name the documents' templates reach it by.</summary>
    private const string IdentifiedTotal = "identified_in_initial_search";

    private static Dictionary<string, string> Sections(
        string templatePath, string output, PrismaBoxes boxes, DiagnosticBag bag, Claims.FigureClaims? claims, string source)
    {
        var texts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var rawLine in output.Replace("\r\n", "\n").Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0) continue;
            var header = SectionHeader().Match(line);
            if (header.Success)
            {
                var name = header.Groups[1].Value;
                if (!PrismaBoxes.All.Contains(name))
                    bag.Warning(templatePath, 0, 0, PrismaCodes.UnknownBox, $"The template gives text for '{name}', which is not a box of the diagram.",
                        $"Use the box names {string.Join(", ", PrismaBoxes.All)}.");
                if (texts.ContainsKey(name))
                    bag.Warning(templatePath, 0, 0, PrismaCodes.BoxGivenTwice, $"The template gives text for box '{name}' twice; the later text is used.",
                        "Keep one [name] section per box.");
                texts[name] = current = [];
                continue;
            }
            if (current is null)
            {
                bag.Warning(templatePath, 0, 0, PrismaCodes.TextBeforeFirstBox, $"The template writes '{line}' before the first [box] line; it is ignored.",
                    "Start the output with a [name] line such as [box2].");
                continue;
            }
            current.Add(line);
        }

        foreach (var name in boxes.Drawn().Where(n => !texts.ContainsKey(n)))
            bag.Warning(templatePath, 0, 0, PrismaCodes.BoxWithoutText, $"The template gives no text for box '{name}', which the diagram draws.",
                $"Add a [{name}] section to the template.");

        var drawn = boxes.Drawn().ToHashSet(StringComparer.Ordinal);
        var templateLines = source.Replace("\r\n", "\n").Split('\n');
        // In the diagram's box order, so that the claims are numbered as the figure is read.
        var order = PrismaBoxes.All.ToList();
        return texts.OrderBy(p => order.IndexOf(p.Key) is var i and >= 0 ? i : int.MaxValue).ThenBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => claims is null
            ? string.Join("\n", p.Value)
            : claims.Take(p.Key, string.Join("\n", p.Value), HeaderLine(templateLines, p.Key), drawn.Contains(p.Key)), StringComparer.Ordinal);
    }

    /// <summary>The 1-based line of "[box]" in the template (0 when a template writes the header some other way).</summary>
    private static int HeaderLine(string[] lines, string box) => Array.FindIndex(lines, l => l.Trim() == $"[{box}]") + 1;
}
