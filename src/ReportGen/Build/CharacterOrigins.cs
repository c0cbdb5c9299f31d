using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Diagnostics;
using ReportGen.Data.Files;
using ReportGen.Rendering.Latex;

namespace ReportGen.Build;

/// <summary>
/// Points a writer's warning about one character (RG300: pdflatex cannot set 'έ') at the place the user can change it:
/// the first data file, then template, that holds the character, rather than the generated Markdown, which no one edits.
/// The generated place stays in the message. Files are searched only when such a warning occurs, in name order.
/// </summary>
internal sealed partial class CharacterOrigins(string dataDirectory, string templatesDirectory)
{
    private List<(string Display, string Text)>? _sources;

    [GeneratedRegex(@"\(U\+(?<code>[0-9A-F]{4,6})\b")]
    private static partial Regex CodePoint();

    public Diagnostic Relocate(Diagnostic diagnostic)
    {
        if (diagnostic.Code != LatexDiagnosticCodes.UnmappedCharacter || !diagnostic.File.EndsWith(".md", StringComparison.Ordinal)
            || CodePoint().Match(diagnostic.Message) is not { Success: true } match
            || !Rune.TryCreate(int.Parse(match.Groups["code"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture), out var rune))
            return diagnostic;
        var character = rune.ToString();
        foreach (var (display, text) in Sources())
        {
            var index = text.IndexOf(character, StringComparison.Ordinal);
            if (index < 0) continue;
            var (line, column) = Position(text, index);
            return diagnostic with
            {
                File = display, Line = line, Column = column,
                Message = $"{diagnostic.Message} (in {diagnostic.File} at line {diagnostic.Line})",
            };
        }
        return diagnostic;
    }

    private List<(string Display, string Text)> Sources() => _sources ??=
    [
        .. Files(dataDirectory, "*.csv", SearchOption.TopDirectoryOnly),
        .. Files(dataDirectory, "*.json", SearchOption.TopDirectoryOnly),
        .. Files(templatesDirectory, "*.sbn", SearchOption.AllDirectories),
    ];

    private static IEnumerable<(string Display, string Text)> Files(string folder, string pattern, SearchOption depth)
    {
        if (!Directory.Exists(folder)) yield break;
        foreach (var path in Directory.GetFiles(folder, pattern, depth).Order(StringComparer.Ordinal))
        {
            var input = InputFile.Read(path, folder, 50L * 1024 * 1024);
            if (input.Bytes is null) continue;
            var display = Path.Combine(folder, Path.GetRelativePath(folder, path)).Replace('\\', '/');
            yield return (display, Encoding.UTF8.GetString(input.Bytes).TrimStart('\uFEFF'));
        }
    }

    /// <summary>1-based line and column in characters (code points), as the data diagnostics count them.</summary>
    private static (int Line, int Column) Position(string text, int index)
    {
        var before = text.AsSpan(0, index);
        var lineStart = before.LastIndexOfAny('\n', '\r') + 1;
        var line = 1 + before.Count('\n') + before.Count('\r') - before.Count("\r\n");
        var column = 1;
        foreach (var _ in before[lineStart..].EnumerateRunes()) column++;
        return (line, column);
    }
}
