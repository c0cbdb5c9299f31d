namespace ReportGen.Templating.Functions;

/// <summary>
/// Markdown that is already safe to write as it is: the template engine escapes every plain string it
/// writes, but passes this through untouched. Only code builds it, from escaped data and its own markup.
/// </summary>
internal sealed record MarkdownText(string Markdown)
{
    public static MarkdownText Empty { get; } = new("");

    /// <summary>Data text, escaped so that Markdown reads it back as exactly that text.</summary>
    public static MarkdownText FromData(string? text) => new(MarkdownEscaper.EscapeInline(text ?? ""));

    /// <summary>
    /// A template value as Markdown: <see cref="MarkdownText"/> passes through, anything else is data
    /// written in invariant culture and escaped.
    /// </summary>
    public static MarkdownText From(object? value) => value switch
    {
        null => Empty,
        MarkdownText markdown => markdown,
        string text => FromData(text),
        IFormattable formattable => FromData(formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture)),
        _ => FromData(value.ToString()),
    };

    public bool IsEmpty => Markdown.Length == 0;

    public override string ToString() => Markdown;
}
