using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx;

/// <summary>
/// Word fields (SEQ, REF, PAGE) as complex fields: begin, instruction, separate, the cached result, end. The
/// result is filled in, so the document reads right in any reader before its fields are updated.
/// </summary>
internal static class DocxFields
{
    public static IEnumerable<Run> Field(string instruction, string result, RunFormat format)
    {
        yield return WithChild(format.NewRun(), new FieldChar { FieldCharType = FieldCharValues.Begin });
        yield return WithChild(format.NewRun(), new FieldCode(" " + instruction + " ") { Space = SpaceProcessingModeValues.Preserve });
        yield return WithChild(format.NewRun(), new FieldChar { FieldCharType = FieldCharValues.Separate });
        foreach (var run in DocxText.Runs(result, format)) yield return run;
        yield return WithChild(format.NewRun(), new FieldChar { FieldCharType = FieldCharValues.End });
    }

    /// <summary>A caption number: <c>SEQ Table \* ARABIC</c>, restarted at <paramref name="restartAt"/> when the numbering does not follow on.</summary>
    public static IEnumerable<Run> Sequence(string identifier, int number, int? restartAt, RunFormat format) =>
        Field($"SEQ {identifier} \\* ARABIC" + (restartAt is { } r ? $" \\r {r}" : ""), number.ToString(System.Globalization.CultureInfo.InvariantCulture), format);

    /// <summary>A cross-reference to a caption's bookmark, as Word's Insert Cross-reference writes one (a link, <c>\h</c>).</summary>
    public static IEnumerable<Run> Reference(string bookmark, string result, RunFormat format) =>
        Field($"REF {bookmark} \\h", result, format);

    private static Run WithChild(Run run, OpenXmlElement child)
    {
        run.Append(child);
        return run;
    }
}
