using System.Text;
using ReportGen.Diagnostics;

namespace ReportGen.Verification;

/// <summary>
/// A place in the manuscript a verify finding points to: a line and column (Markdown, LaTeX, plain text), or a label
/// ("paragraph 14" in a DOCX, "page 3, line 12" in a PDF). <see cref="Offset"/> is the character's offset in its
/// source file when it has one (the generated Markdown's, which the claims' spans use), else -1.
/// </summary>
internal readonly record struct TextPlace(int Line, int Column, int Offset, string? Label);

/// <summary>A PDF page's words, grouped into the lines its findings count ("page 3, line 12").</summary>
internal sealed record PdfPageText(int Number, IReadOnlyList<IReadOnlyList<UglyToad.PdfPig.Content.Word>> Lines);

/// <summary>
/// A manuscript made plain text, whatever its format: every character remembers its <see cref="TextPlace"/>. Paragraphs
/// are separated by a blank line, so that sentences and passages never run into each other.
/// </summary>
internal sealed class PlainText(string file)
{
    private readonly StringBuilder _text = new();
    private readonly List<TextPlace> _places = [];
    private string? _built;

    /// <summary>A PDF's pages as PdfPig read them, each a list of lines of words; null for any other format.</summary>
    public IReadOnlyList<PdfPageText>? Pages { get; internal set; }

    /// <summary>The file findings name (as the user gave it).</summary>
    public string File => file;

    public string Text => _built ??= _text.ToString();

    public TextPlace PlaceOf(int index) =>
        _places.Count == 0 ? new TextPlace(0, 0, -1, null) : _places[Math.Clamp(index, 0, _places.Count - 1)];

    public void Append(char c, TextPlace place)
    {
        _text.Append(c);
        _places.Add(place);
        _built = null;
    }

    public void Append(string text, TextPlace place)
    {
        foreach (var c in text) Append(c, place);
    }

    /// <summary>Ends a paragraph: a blank line, unless the text already ends with one.</summary>
    public void EndParagraph()
    {
        if (_text.Length == 0) return;
        var place = _places[^1];
        while (_text.Length < 2 || _text[^1] != '\n' || _text[^2] != '\n') Append('\n', place);
    }

    /// <summary>A finding at <paramref name="index"/> of the text: <c>file:line:col</c>, or <c>file: paragraph 14</c>.</summary>
    public Diagnostic At(int index, string code, string message, string? hint = null)
    {
        var place = PlaceOf(index);
        return place.Label is { } label
            ? new Diagnostic(file, 0, 0, Severity.Error, code, message, hint) { Place = label }
            : new Diagnostic(file, place.Line, place.Column, Severity.Error, code, message, hint);
    }
}
