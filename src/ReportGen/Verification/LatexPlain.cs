using System.Text.RegularExpressions;

namespace ReportGen.Verification;

/// <summary>
/// The plain text of a LaTeX manuscript, each character at its line and column: commands are taken out and their
/// arguments kept as text, except the arguments that are not text (labels, references, lengths, graphics); lines that
/// open or close an environment, and the preamble, give no text. Sections, captions and table rows are paragraphs of
/// their own.
/// </summary>
internal static partial class LatexPlain
{
    private static readonly LineStripper Inline = new(
        new(Comment()),
        new(Penalty(), Replacement: " "),
        new(LineBreak(), Replacement: " "),
        new(Escaped(), KeepGroup: 1),
        new(ControlSpace(), Replacement: " "),
        new(Quote("textquoteright"), Replacement: "\u2019"),
        new(Quote("textquoteleft"), Replacement: "\u2018"),
        new(Quote("textquotedblright"), Replacement: "\u201D"),
        new(Quote("textquotedblleft"), Replacement: "\u201C"),
        new(Quote("textendash"), Replacement: "\u2013"),
        new(Quote("textemdash"), Replacement: "\u2014"),
        new(TwoArguments()),
        new(NotText()),
        new(Command()),
        new(Brace()),
        new(Tie(), Replacement: " "),
        new(Ampersand(), Replacement: " "));

    public static PlainText Read(string file, string latex)
    {
        var text = new PlainText(file);
        var lines = latex.Split('\n');
        var body = Array.FindIndex(lines, l => l.TrimStart().StartsWith(@"\begin{document}", StringComparison.Ordinal));
        var offset = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var start = offset;
            offset += lines[i].Length + 1;
            var trimmed = line.TrimStart();
            if (i <= body || trimmed.Length == 0 || trimmed.StartsWith(@"\begin", StringComparison.Ordinal) ||
                trimmed.StartsWith(@"\end", StringComparison.Ordinal))
            {
                text.EndParagraph();
                continue;
            }
            var ownParagraph = Heading().IsMatch(trimmed) || line.Contains(@"\tabularnewline", StringComparison.Ordinal) || line.Contains(@"\\", StringComparison.Ordinal);
            if (ownParagraph) text.EndParagraph();
            Inline.Strip(line, i + 1, start, text);
            if (ownParagraph) text.EndParagraph();
        }
        text.EndParagraph();
        return text;
    }

    [GeneratedRegex(@"\G(?<!\\)%.*$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"\G\\penalty-?\d+(\\ )?")]
    private static partial Regex Penalty();

    [GeneratedRegex(@"\G\\\\(\[[^\]]*\])?")]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"\G\\([%&_#$\{\}])")]
    private static partial Regex Escaped();

    [GeneratedRegex(@"\G\\ ")]
    private static partial Regex ControlSpace();

    private static Regex Quote(string command) => new(@"\G\\" + command + @"(\{\})?", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\G\\(setcounter|setlength|addtocounter)\{[^{}]*\}\{[^{}]*\}")]
    private static partial Regex TwoArguments();

    [GeneratedRegex(@"\G\\(label|ref|pageref|eqref|hspace|vspace|includegraphics|hypertarget|href|url|thispagestyle|pagestyle)\*?(\[[^\]]*\])?(\{[^{}]*\})?")]
    private static partial Regex NotText();

    [GeneratedRegex(@"\G\\[A-Za-z]+\*?(\[[^\]]*\])?")]
    private static partial Regex Command();

    [GeneratedRegex(@"\G[{}]")]
    private static partial Regex Brace();

    [GeneratedRegex(@"\G~")]
    private static partial Regex Tie();

    [GeneratedRegex(@"\G&")]
    private static partial Regex Ampersand();

    [GeneratedRegex(@"^\\(part|chapter|section|subsection|subsubsection|paragraph|subparagraph|caption)\b")]
    private static partial Regex Heading();
}
