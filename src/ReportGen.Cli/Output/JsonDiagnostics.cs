using System.Text.Encodings.Web;
using System.Text.Json;
using ReportGen.Diagnostics;

namespace ReportGen.Cli.Output;

/// <summary>
/// One JSON object per line and per diagnostic (JSON Lines), for editors and scripts. line and column are left
/// out when the diagnostic is about a whole file; endLine and endColumn when the end is not known; hint when
/// there is none.
/// </summary>
internal static class JsonDiagnostics
{
    internal static readonly JsonWriterOptions Options = new()
    {
        // Paths and messages stay readable ('é', quotes) while staying valid JSON.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter output)
    {
        foreach (var d in diagnostics)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                json.WriteStartObject();
                json.WriteString("file", d.File);
                if (d.Line > 0)
                {
                    json.WriteNumber("line", d.Line);
                    json.WriteNumber("column", Math.Max(d.Column, 1));
                }
                if (d.Place is not null) json.WriteString("place", d.Place);
                json.WriteString("severity", d.Severity.Name());
                json.WriteString("code", d.Code);
                json.WriteString("message", d.Message);
                if (d.Hint is not null) json.WriteString("hint", d.Hint);
                json.WriteEndObject();
            }
            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }
}
