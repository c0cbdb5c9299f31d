using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Document;
using ReportGen.Templating.Claims;

namespace ReportGen.Build;

/// <summary>
/// out/claims.json: every number the templates wrote from the data, what it counts, the rows behind it and where it
/// landed (README.md, "Where every number comes from", documents the schema). Same input, same bytes.
/// </summary>
internal static class ClaimsJson
{
    public static string Write(IReadOnlyList<ReportDocument> documents, IReadOnlyList<FigureClaim> figure)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("claims");
            foreach (var document in documents.OrderBy(d => d.Name, StringComparer.Ordinal))
            {
                foreach (var claim in document.Claims) Write(json, document, claim);
            }
            json.WriteEndArray();
            json.WriteStartArray("figure");
            var showing = documents.Where(ShowsFigure).Select(d => d.Name).Order(StringComparer.Ordinal).ToList();
            foreach (var claim in figure) Write(json, claim, showing);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>Whether the document shows Figure 1 (draws it in its PDF, DOCX and HTML; links prisma.svg or prisma.pdf from its Markdown and LaTeX).</summary>
    private static bool ShowsFigure(ReportDocument document) =>
        document.Tree.Descendants<LinkInline>().Any(l => l.IsImage && l.Url == ReportBuilder.FigureFileName);

    private static void Write(Utf8JsonWriter json, ReportDocument document, Claim claim)
    {
        json.WriteStartObject();
        json.WriteString("document", document.Name);
        WriteClaim(json, claim);
        json.WriteStartArray("markdown");
        foreach (var span in claim.Spans)
        {
            json.WriteStartObject();
            json.WriteNumber("offset", span.Offset);
            json.WriteNumber("length", span.Length);
            json.WriteNumber("line", span.Line);
            json.WriteNumber("column", span.Column);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter json, FigureClaim figure, IReadOnlyList<string> showing)
    {
        json.WriteStartObject();
        WriteClaim(json, figure.Claim);
        json.WriteStartObject("box");
        json.WriteString("name", figure.Box);
        json.WriteNumber("line", figure.Line);
        json.WriteNumber("column", figure.Column);
        json.WriteEndObject();
        json.WriteStartArray("documents");
        foreach (var name in showing) json.WriteStringValue(name);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>What a claim of the text and of the figure share: the words, the number, what it counts, where the template wrote it.</summary>
    private static void WriteClaim(Utf8JsonWriter json, Claim claim)
    {
        json.WriteNumber("id", claim.Id);
        json.WriteString("text", claim.Text);
        json.WriteString("kind", claim.Kind);
        json.WriteNumber("value", claim.Value);
        json.WritePropertyName("counts");
        Write(json, claim.Subject, withRows: true);
        if (claim.Whole is { } whole)
        {
            json.WritePropertyName("of");
            Write(json, whole, withRows: false);
        }
        json.WriteStartObject("template");
        json.WriteString("file", claim.Template.File);
        json.WriteNumber("line", claim.Template.Line);
        json.WriteNumber("column", claim.Template.Column);
        json.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter json, ClaimSubject subject, bool withRows)
    {
        json.WriteStartObject();
        json.WriteString("what", subject.What);
        if (subject.Field is { } field) json.WriteString("field", field);
        if (subject.Value is { } value) json.WriteString("value", value);
        if (subject.FlowNode is { } node) json.WriteString("flow", node);
        json.WriteNumber("count", subject.Count);
        if (withRows)
        {
            json.WriteStartArray("rows");
            foreach (var file in subject.Rows.GroupBy(r => Path.GetFileName(r.File)).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("file", file.Key);
                json.WriteStartArray("lines");
                foreach (var line in file.Select(r => r.Line).Distinct().Order()) json.WriteNumberValue(line);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }
}
