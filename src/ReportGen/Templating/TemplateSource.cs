using Scriban.Parsing;

namespace ReportGen.Templating;

/// <summary>Positions in a template's text for diagnostics.</summary>
internal static class TemplateSource
{
    /// <summary>
    /// Scriban reports an error found at the end of the text ("expecting an expression instead of &lt;eof&gt;") with
    /// no position (line -1); it is placed at the end of the text, the place the user has to look at.
    /// </summary>
    public static SourceSpan Located(SourceSpan span, string text)
    {
        if (span.Start.Line >= 0) return span;
        var lastBreak = text.LastIndexOf('\n');
        var end = new TextPosition(text.Length, text.Count(c => c == '\n'), text.Length - lastBreak - 1);
        return new SourceSpan(span.FileName, end, end);
    }
}
