using ReportGen.Diagnostics;

namespace ReportGen.Verification;

/// <summary>Reads a manuscript by its extension: .docx, .pdf, .md, .tex or .txt, into <see cref="PlainText"/>.</summary>
internal static class ManuscriptReader
{
    public static readonly string[] Extensions = [".docx", ".pdf", ".md", ".markdown", ".tex", ".txt"];

    /// <summary>The manuscript's text, or null with an RG600 diagnostic when it cannot be read.</summary>
    public static PlainText? Read(string path, DiagnosticBag diagnostics)
    {
        var display = path.Replace('\\', '/');
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            diagnostics.Error(display, 0, 0, VerifyCodes.Unreadable,
                $"verify reads manuscripts in DOCX, PDF, Markdown, LaTeX or plain text, not '{extension}' files.",
                "Save the manuscript as .docx, .pdf, .md, .tex or .txt and verify that file.");
            return null;
        }
        if (!File.Exists(path))
        {
            diagnostics.Error(display, 0, 0, VerifyCodes.Unreadable, "the manuscript does not exist.", "Check the file's name and folder.");
            return null;
        }
        try
        {
            using var stream = File.OpenRead(path);
            return extension switch
            {
                ".docx" => DocxPlain.Read(display, stream),
                ".pdf" => PdfPlain.Read(display, stream),
                ".tex" => LatexPlain.Read(display, ReadText(stream)),
                ".txt" => Lines(display, ReadText(stream)),
                _ => MarkdownPlain.Read(display, ReadText(stream)),
            };
        }
        // A file from outside is parsed here by OpenXml or PdfPig, which throw many kinds of exception for a damaged,
        // encrypted or mislabelled file; each means the same to the user: this file cannot be read as what it claims to be.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Error(display, 0, 0, VerifyCodes.Unreadable, $"the manuscript could not be read as {extension[1..].ToUpperInvariant()}: {e.Message}",
                "Check that the file is a complete, unencrypted document of its kind; save it again from the program that made it.");
            return null;
        }
    }

    /// <summary>Plain text: a line that ends a sentence, or a blank line, ends a paragraph; other lines run on.</summary>
    public static PlainText Lines(string file, string content)
    {
        var text = new PlainText(file);
        var lines = content.Split('\n');
        var offset = 0;
        for (var l = 0; l < lines.Length; l++)
        {
            var line = lines[l].TrimEnd('\r');
            for (var c = 0; c < line.Length; c++) text.Append(line[c], new TextPlace(l + 1, c + 1, offset + c, null));
            text.Append(' ', new TextPlace(l + 1, line.Length + 1, offset + line.Length, null));
            var trimmed = line.TrimEnd();
            if (trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' or ':') text.EndParagraph();
            offset += lines[l].Length + 1;
        }
        text.EndParagraph();
        return text;
    }

    private static string ReadText(Stream stream)
    {
        using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
