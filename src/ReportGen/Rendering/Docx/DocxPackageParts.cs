using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Rendering.Pdf;
using Ap = DocumentFormat.OpenXml.ExtendedProperties;

namespace ReportGen.Rendering.Docx;

/// <summary>The parts around the body: document properties, settings, theme, and the footer with the page number.</summary>
internal static class DocxPackageParts
{
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>
    /// Title, authors, subject, keywords and language from review.csv; created and modified on the review's date.
    /// The SDK has no typed model of this OPC part, so it is built with LINQ to XML.
    /// </summary>
    public static void WriteCoreProperties(CoreFilePropertiesPart part, PdfMetadata metadata, DateTimeOffset date)
    {
        var stamp = date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var properties = new XElement(Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp), new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", DcTerms), new XAttribute(XNamespace.Xmlns + "xsi", Xsi));
        void Add(XName name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) properties.Add(new XElement(name, DocxText.Clean(value)));
        }
        Add(Dc + "title", metadata.Title);
        Add(Dc + "subject", metadata.Subject);
        Add(Dc + "creator", metadata.Author);
        Add(Cp + "keywords", metadata.Keywords);
        Add(Dc + "language", metadata.Language);
        properties.Add(new XElement(DcTerms + "created", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), stamp));
        properties.Add(new XElement(DcTerms + "modified", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), stamp));

        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), properties).Save(writer);
    }

    public static void WriteExtendedProperties(ExtendedFilePropertiesPart part) =>
        part.Properties = new Ap.Properties(new Ap.Application("ReportGen"));

    /// <summary>Word 2013 and later compatibility, so Word does not open the file in compatibility mode.</summary>
    public static void WriteSettings(DocumentSettingsPart part, string language) =>
        part.Settings = new Settings(
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new ThemeFontLanguages { Val = language });

    /// <summary>A footer with the page number as a PAGE field, centred by the footer style.</summary>
    public static void WriteFooter(FooterPart part, StyleSheet styles)
    {
        var paragraph = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styles.Id(DocxStyles.Footer) } });
        paragraph.Append(DocxFields.Field("PAGE", "1", default));
        part.Footer = new Footer(paragraph);
    }
}
