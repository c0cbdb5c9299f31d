using System.IO.Packaging;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Diagnostics;

namespace ReportGen.Rendering.Docx;

/// <summary>
/// A journal's Word template (templates/reference.docx), used as pandoc uses <c>--reference-doc</c>: its style
/// definitions, theme and page setup replace ReportGen's own; its text is ignored.
/// </summary>
internal sealed class ReferenceDocument
{
    public const string FileName = "reference.docx";
    public const string UnreadableCode = "RG500";

    private ReferenceDocument(byte[]? styles, byte[]? theme, PageGeometry? page)
    {
        Styles = styles;
        Theme = theme;
        Page = page;
    }

    internal byte[]? Styles { get; }
    internal byte[]? Theme { get; }
    internal PageGeometry? Page { get; }

    /// <summary>Null, with an error, when the file is not a Word document.</summary>
    public static ReferenceDocument? Load(string path, DiagnosticBag diagnostics)
    {
        try
        {
            using var document = WordprocessingDocument.Open(path, isEditable: false);
            var main = document.MainDocumentPart;
            return new ReferenceDocument(
                Bytes(main?.StyleDefinitionsPart),
                Bytes(main?.ThemePart),
                PageGeometry.Of(main?.Document?.Body?.Elements<SectionProperties>().LastOrDefault()));
        }
        catch (Exception e) when (e is OpenXmlPackageException or IOException or InvalidDataException or FileFormatException
                                      or UnauthorizedAccessException or System.Xml.XmlException or InvalidOperationException)
        {
            diagnostics.Error(path.Replace('\\', '/'), 0, 0, UnreadableCode, $"the reference document could not be read as a Word file: {e.Message}",
                "Save the journal's template from Word as a .docx (not .doc or .dotx), or remove reference.docx to use ReportGen's own styles.");
            return null;
        }
    }

    private static byte[]? Bytes(OpenXmlPart? part)
    {
        if (part is null) return null;
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
