using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Verification;

/// <summary>
/// The plain text of a Word manuscript: every paragraph of the body (table cells' included), in order, each found by
/// its number ("paragraph 14", counting every paragraph of the body from 1). Field results ("Table 2") count as text;
/// deleted text of tracked changes does not.
/// </summary>
internal static class DocxPlain
{
    public static PlainText Read(string file, Stream docx)
    {
        var text = new PlainText(file);
        using var document = WordprocessingDocument.Open(docx, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null) return text;
        var number = 0;
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            number++;
            var place = new TextPlace(number, 1, -1, $"paragraph {number}");
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text run:
                        text.Append(run.Text, place);
                        break;
                    case TabChar or Break or CarriageReturn:
                        text.Append(' ', place);
                        break;
                    case NoBreakHyphen:
                        text.Append('-', place);
                        break;
                }
            }
            text.EndParagraph();
        }
        return text;
    }
}
