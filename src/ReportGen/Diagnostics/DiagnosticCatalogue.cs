using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Diagnostics;

/// <summary>What one diagnostic code means, with an example of the input that causes it and how to fix it.</summary>
internal sealed record DiagnosticDescriptor(string Code, Severity Severity, string Title, string Meaning, string Example, string Fix);

/// <summary>
/// The one catalogue of diagnostic codes, read from DiagnosticCatalogue.txt (embedded). The command line's
/// <c>explain</c>, the SARIF rules and docs/diagnostics.md all come from it, and a test keeps it and the codes
/// the source emits in step.
/// </summary>
internal static partial class DiagnosticCatalogue
{
    private const string ResourceName = "ReportGen.Diagnostics.DiagnosticCatalogue.txt";

    private static readonly Lazy<IReadOnlyList<DiagnosticDescriptor>> Entries = new(Load);

    /// <summary>Every catalogued code, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => Entries.Value;

    /// <summary>The entry for <paramref name="code"/> (as printed, or as typed: rg35, 35), or null when no such code exists.</summary>
    public static DiagnosticDescriptor? Find(string code)
    {
        var match = CodePattern().Match(code.Trim());
        if (!match.Success) return null;
        var normal = "RG" + match.Groups[1].Value.PadLeft(3, '0');
        return All.FirstOrDefault(d => d.Code == normal);
    }

    /// <summary>docs/diagnostics.md: one section per code, so a code found in a log can be looked up.</summary>
    public static string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("# Diagnostic codes\n\n");
        text.Append("Generated from `src/ReportGen/Diagnostics/DiagnosticCatalogue.txt`; do not edit by hand. ");
        text.Append("`reportgen explain CODE` prints the same text.\n\n");
        text.Append("| code | severity | title |\n|---|---|---|\n");
        foreach (var d in All) text.Append($"| [{d.Code}](#{d.Code.ToLowerInvariant()}) | {d.Severity.Name()} | {d.Title} |\n");
        foreach (var d in All)
        {
            text.Append($"\n## {d.Code}\n\n**{d.Severity.Name()}: {d.Title}**\n\n{d.Meaning}\n\n");
            text.Append($"Example: {d.Example}\n\nFix: {d.Fix}\n");
        }
        return text.ToString();
    }

    private static List<DiagnosticDescriptor> Load()
    {
        using var stream = typeof(DiagnosticCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the resource {ResourceName} is not in the assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    internal static List<DiagnosticDescriptor> Parse(string text)
    {
        var entries = new List<DiagnosticDescriptor>();
        (string Code, Severity Severity, string Title)? head = null;
        var fields = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);
        string? field = null;

        void Finish()
        {
            if (head is not { } h) return;
            string Field(string name) => fields.TryGetValue(name, out var value)
                ? value.ToString()
                : throw new InvalidDataException($"{h.Code} has no '{name}:' line in the diagnostic catalogue");
            entries.Add(new DiagnosticDescriptor(h.Code, h.Severity, h.Title, Field("meaning"), Field("example"), Field("fix")));
            fields.Clear();
        }

        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0) continue;
            if (HeadPattern().Match(line) is { Success: true } h)
            {
                Finish();
                head = (h.Groups[1].Value, Enum.Parse<Severity>(h.Groups[2].Value, ignoreCase: true), h.Groups[3].Value.Trim());
                field = null;
            }
            else if (FieldPattern().Match(line) is { Success: true } f && head is not null)
            {
                field = f.Groups[1].Value;
                fields[field] = new StringBuilder(f.Groups[2].Value.Trim());
            }
            else if (line.StartsWith("    ", StringComparison.Ordinal) && field is not null)
            {
                fields[field].Append(' ').Append(line.Trim());
            }
            else
            {
                throw new InvalidDataException($"the diagnostic catalogue has a line it cannot read: '{line}'");
            }
        }
        Finish();
        return entries.OrderBy(e => e.Code, StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"^(RG\d{3}) (error|warning|info): (.+)$")]
    private static partial Regex HeadPattern();

    [GeneratedRegex(@"^  (meaning|example|fix): (.*)$")]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"^(?:RG)?(\d{1,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex CodePattern();
}
