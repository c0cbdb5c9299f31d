using System.Text;
using System.Text.Json;
using ReportGen.Diagnostics;

namespace ReportGen.Cli.Output;

/// <summary>
/// Diagnostics as a SARIF 2.1.0 log (docs.oasis-open.org/sarif), which CI services read to annotate the failing
/// line. Each code that occurs becomes a rule described from the diagnostic catalogue.
/// </summary>
internal static class SarifLog
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(IReadOnlyList<Diagnostic> diagnostics, bool succeeded, string version, TextWriter output)
    {
        var rules = diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonDiagnostics.Options with { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "reportgen");
            json.WriteString("version", version);
            json.WriteStartArray("rules");
            foreach (var code in rules) WriteRule(json, code);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", succeeded);
            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteStartArray("results");
            foreach (var d in diagnostics) WriteResult(json, d, rules.IndexOf(d.Code));
            json.WriteEndArray();

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteRule(Utf8JsonWriter json, string code)
    {
        json.WriteStartObject();
        json.WriteString("id", code);
        if (DiagnosticCatalogue.Find(code) is { } entry)
        {
            json.WriteStartObject("shortDescription");
            json.WriteString("text", entry.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", entry.Meaning);
            json.WriteEndObject();
            json.WriteStartObject("help");
            json.WriteString("text", $"Example: {entry.Example}\nFix: {entry.Fix}");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(entry.Severity));
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic d, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Code);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(d.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", d.Hint is null ? d.Message : $"{d.Message}\nHint: {d.Hint}");
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(d.File));
        json.WriteEndObject();
        if (d.Line > 0)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", d.Line);
            json.WriteNumber("startColumn", Math.Max(d.Column, 1));
            json.WriteEndObject();
        }
        json.WriteEndObject();
        if (d.Place is not null)
        {
            // A file without lines (DOCX, PDF): the place is said in words, which SARIF viewers show beside the file.
            json.WriteStartObject("message");
            json.WriteString("text", d.Place);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndArray();
        if (d.Hint is not null)
        {
            json.WriteStartObject("properties");
            json.WriteString("hint", d.Hint);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static string Level(Severity severity) =>
        severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" };

    /// <summary>A relative path stays relative (CI resolves it against the checkout); each segment is escaped.</summary>
    internal static string Uri(string path)
    {
        if (Path.IsPathRooted(path)) return new Uri(path).AbsoluteUri;
        return string.Join('/', path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));
    }
}
