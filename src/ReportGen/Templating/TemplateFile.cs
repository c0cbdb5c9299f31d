using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Data.Files;
using Scriban.Parsing;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// Reads a template's text the way data files are read: a regular file inside the templates folder, at most
/// <see cref="MaxBytes"/>, UTF-8 without NUL characters, with a bad byte reported at its line and column rather
/// than replaced or dropped on the way into the output.
/// </summary>
internal static class TemplateFile
{
    public const string TooLarge = "RG220";
    public const string NotUtf8 = "RG221";
    public const string Nul = "RG222";
    public const string Unreadable = "RG223";

    /// <summary>A template holds a document's wording; the shipped ones are a few kilobytes, so 1 MB is generous.</summary>
    public const long MaxBytes = 1024 * 1024;

    private const string SaveAsUtf8Hint = "Save the template as UTF-8 text (in most editors: 'Save with encoding' → UTF-8).";

    private static readonly TextCodes Codes = new(NotUtf8, Nul, "a template", SaveAsUtf8Hint,
        "Delete the character; a template is text, and a NUL usually means the file was saved as UTF-16. " + SaveAsUtf8Hint);

    /// <returns>The text, or null when a problem was reported to <paramref name="diagnostics"/>.</returns>
    public static string? Read(string path, string folder, string displayPath, DiagnosticBag diagnostics)
    {
        var input = InputFile.Read(path, folder, MaxBytes);
        switch (input.Problem)
        {
            case ReadProblem.None:
                var bytes = input.Bytes!;
                return TextBytes.Check(bytes, displayPath, Codes, diagnostics) is { } text
                    ? Encoding.UTF8.GetString(bytes, text.TextStart, bytes.Length - text.TextStart)
                    : null;
            case ReadProblem.TooLarge:
                diagnostics.Error(displayPath, 0, 0, TooLarge,
                    $"the template is larger than the limit of {MaxBytes / (1024 * 1024)} MB, so it is not read.",
                    "A template holds wording, not data; check that this is the right file, and let a loop over the data repeat text.");
                return null;
            default:
                diagnostics.Error(displayPath, 0, 0, Unreadable, input.Problem switch
                {
                    ReadProblem.Missing => "the template file is missing.",
                    ReadProblem.OutsideFolder => "the template is a link to a file outside the templates folder, which is not read.",
                    ReadProblem.NotRegular => $"the template is {input.Detail}, not a regular file, so it is not read.",
                    _ => $"the template cannot be read: {input.Detail}",
                }, "Keep each template as an ordinary UTF-8 file inside the templates folder.");
                return null;
        }
    }

    /// <summary>
    /// For <c>include</c>: the partial's text, or a <see cref="TemplateFileException"/> that places the problem in the
    /// partial itself (its line and column), so the error names the file that holds the bad byte.
    /// </summary>
    public static string Load(string path, string folder, SourceSpan callerSpan)
    {
        var diagnostics = new DiagnosticBag();
        if (Read(path, folder, path, diagnostics) is { } text) return text;
        var problem = diagnostics.Items[0];
        var at = new TextPosition(0, problem.Line - 1, Math.Max(problem.Column, 1) - 1);
        var span = problem.Line > 0 ? new SourceSpan(path, at, at) : callerSpan;
        throw new TemplateFileException(span, problem.Code, problem.Message, problem.Hint);
    }
}

/// <summary>A partial that cannot be read as a template; carries the diagnostic's own code and hint.</summary>
internal sealed class TemplateFileException(SourceSpan span, string code, string message, string? hint)
    : ScriptRuntimeException(span, message)
{
    public string Code { get; } = code;
    public string? Hint { get; } = hint;
}
