using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx;

/// <summary>
/// The styles the writer uses, by the name Word knows them by. Text carries only a style; how a style looks is
/// decided here or, when the templates folder has one, by the reference document's definition of that name.
/// </summary>
internal static class DocxStyles
{
    public static readonly StyleKey Normal = Paragraph("Normal");
    public static readonly StyleKey Title = Paragraph("Title");
    public static readonly StyleKey Caption = Paragraph("caption");
    public static readonly StyleKey TableText = Paragraph("Table Text");
    public static readonly StyleKey TableHeading = Paragraph("Table Heading");
    public static readonly StyleKey TableNote = Paragraph("Table Note");
    public static readonly StyleKey Bibliography = Paragraph("Bibliography");
    public static readonly StyleKey Figure = Paragraph("Figure");
    public static readonly StyleKey Quote = Paragraph("Quote");
    public static readonly StyleKey SourceCode = Paragraph("Source Code");
    public static readonly StyleKey ListParagraph = Paragraph("List Paragraph");
    public static readonly StyleKey Footer = Paragraph("footer");
    public static readonly StyleKey Emphasis = Character("Emphasis");
    public static readonly StyleKey Strong = Character("Strong");
    public static readonly StyleKey Hyperlink = Character("Hyperlink");
    public static readonly StyleKey VerbatimChar = Character("Verbatim Char");

    /// <summary>Word has nine heading levels; Markdown's "#" is the title, so "##" is Heading 1.</summary>
    public static StyleKey Heading(int level) => Paragraph("heading " + Math.Clamp(level, 1, 9));

    public static IEnumerable<StyleKey> All =>
        [Normal, Title, Heading(1), Heading(2), Heading(3), Heading(4), Heading(5), Heading(6), Caption, TableText, TableHeading,
         TableNote, Bibliography, Figure, Quote, SourceCode, ListParagraph, Footer, Emphasis, Strong, Hyperlink, VerbatimChar];

    /// <summary>The id Word itself gives a style of this name ("heading 1" → "Heading1").</summary>
    public static string DefaultId(string name) =>
        string.Concat(name.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    private static StyleKey Paragraph(string name) => new(name, StyleValues.Paragraph);
    private static StyleKey Character(string name) => new(name, StyleValues.Character);
}

internal sealed record StyleKey(string Name, StyleValues Type);
