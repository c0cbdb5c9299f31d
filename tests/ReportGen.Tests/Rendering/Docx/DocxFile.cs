using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Tests.Rendering.Docx;

/// <summary>A written DOCX opened read-only with the Open XML SDK, with the questions the tests ask of it.</summary>
internal sealed class DocxFile : IDisposable
{
    private readonly WordprocessingDocument _document;

    public DocxFile(byte[] bytes) => _document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);

    public WordprocessingDocument Package => _document;
    public MainDocumentPart Main => _document.MainDocumentPart!;
    public Body Body => Main.Document!.Body!;

    /// <summary>The validator's errors, one line each, for Word 2016 and later (the SVG extension is from Office 2016).</summary>
    public List<string> ValidationErrors() =>
        new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(_document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

    /// <summary>Field instructions in document order, trimmed ("SEQ Table \* ARABIC \r 2").</summary>
    public List<string> FieldInstructions() => Body.Descendants<FieldCode>().Select(f => f.Text.Trim()).ToList();

    /// <summary>The text of the body, with the cached results of fields.</summary>
    public string Text() => string.Concat(Body.Descendants<Text>().Select(t => t.Text));

    /// <summary>The style name of a paragraph style id, as Word shows it.</summary>
    public string StyleName(string? id) =>
        Main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId?.Value == id).StyleName!.Val!.Value!;

    public List<Paragraph> ParagraphsStyled(string styleName) =>
        Body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } id && StyleName(id) == styleName).ToList();

    /// <summary>Every section's properties in order: those ending a section inside the body, then the last.</summary>
    public List<SectionProperties> Sections() => Body.Descendants<SectionProperties>().ToList();

    public static bool IsLandscape(SectionProperties section) => section.GetFirstChild<PageSize>()!.Orient?.Value == PageOrientationValues.Landscape;

    public void Dispose() => _document.Dispose();
}
