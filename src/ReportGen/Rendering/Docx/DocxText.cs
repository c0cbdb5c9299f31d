using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx;

/// <summary>
/// Text as runs. Everything goes into <c>w:t</c> elements, which Word never reads as fields or markup; tabs and
/// line breaks become their own elements, and characters XML 1.0 cannot hold are dropped.
/// </summary>
internal static class DocxText
{
    public static IEnumerable<Run> Runs(string text, RunFormat format)
    {
        var run = format.NewRun();
        var pending = new StringBuilder();
        void Flush()
        {
            if (pending.Length == 0) return;
            run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(pending.ToString()) { Space = SpaceProcessingModeValues.Preserve });
            pending.Clear();
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\t') { Flush(); run.Append(new TabChar()); }
            else if (c == '\n') { Flush(); run.Append(new Break()); }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { pending.Append(c).Append(text[++i]); }
            else if (IsXmlChar(c)) pending.Append(c);
        }
        Flush();
        if (run.ChildElements.Count > (format.HasProperties ? 1 : 0)) yield return run;
    }

    /// <summary>Text for attributes (alternative text, document properties): XML-safe, on one line.</summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) builder.Append(c).Append(text[++i]);
            else if (c is '\t' or '\n' or '\r') builder.Append(' ');
            else if (IsXmlChar(c)) builder.Append(c);
        }
        return builder.ToString();
    }

    // Lone surrogates are not characters; U+FFFE and U+FFFF are excluded by XML 1.0 itself.
    private static bool IsXmlChar(char c) =>
        c >= 0x20 && !char.IsSurrogate(c) && c is not '\uFFFE' and not '\uFFFF';
}

/// <summary>The character style of a run, plus the emphasis a style cannot combine with (bold inside italics).</summary>
internal readonly record struct RunFormat(string? StyleId, bool Bold = false, bool Italic = false)
{
    public bool HasProperties => StyleId is not null || Bold || Italic;

    public Run NewRun()
    {
        var run = new Run();
        if (!HasProperties) return run;
        var properties = new RunProperties();
        if (StyleId is not null) properties.Append(new RunStyle { Val = StyleId });
        if (Bold) properties.Append(new Bold());
        if (Italic) properties.Append(new Italic());
        run.Append(properties);
        return run;
    }

    /// <summary>Nested emphasis: the outer style stays the run's style, and the inner one is added as bold or italic.</summary>
    public RunFormat Within(string styleId, bool bold, bool italic) =>
        StyleId is null ? this with { StyleId = styleId } : this with { Bold = Bold || bold, Italic = Italic || italic };
}
