using System.Text.RegularExpressions;

namespace ReportGen.Tests.Support;

/// <summary>
/// Puts text read back from a PDF and the text it came from on the same footing: extractors place line breaks,
/// column gaps and TeX's hyphenation where the layout put them, none of which is part of the text.
/// </summary>
internal static partial class ExtractedText
{
    /// <summary>Every space, tab and line break removed, so a phrase matches however it was broken into lines.</summary>
    public static string Squeezed(string text) => Whitespace().Replace(text, "");

    /// <summary>
    /// TeX's hyphenation undone: a hyphen ending a line after a letter, when the next line starts with a lower-case
    /// letter, joins the two halves. (A real hyphen at a line end, as in "evidence-based", is lost too; the
    /// phrases compared after this contain none.)
    /// </summary>
    public static string Dehyphenated(string text) => HyphenatedBreak().Replace(text, "$1");

    /// <summary>
    /// The hyphen characters U+2010 and U+2011 as '-': the LaTeX writer sets them as TeX's hyphen, which PdfPig
    /// reads back as '-'. Applied to the expected text, never to the PDF's.
    /// </summary>
    public static string TexHyphens(string text) => text.Replace('\u2010', '-').Replace('\u2011', '-');

    /// <summary>How often <paramref name="phrase"/> occurs in <paramref name="text"/>, without overlaps.</summary>
    public static int Occurrences(string text, string phrase) => Regex.Count(text, Regex.Escape(phrase));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(\p{L})-[ \t]*\r?\n\s*(?=\p{Ll})")]
    private static partial Regex HyphenatedBreak();
}
