using System.Text.RegularExpressions;
using ReportGen.Data;

namespace ReportGen.Tests.Support;

/// <summary>
/// The shipped references leave empty the fields no source gives, so every build of the shipped review warns about
/// them (RG063; ReferenceStyleBuildTests checks those warnings). Tests about other diagnostics read a run's output
/// without them.
/// </summary>
internal static partial class ReferenceWarnings
{
    /// <summary>
    /// Text output without the RG063 lines and their hint lines, coloured or not, nor the line counting those not shown;
    /// JSON lines without RG063 objects.
    /// </summary>
    public static string Remove(string output) => Warning().Replace(output, "");

    [GeneratedRegex(@"^[^\n]*(?:warning |""code"":"")" + DataCodes.IncompleteReference + @"\b[^\n]*\n(?:[^\n]*hint:[^\n]*\n)?|^[^\n]*more warnings? " + DataCodes.IncompleteReference + @" like those above[^\n]*\n", RegexOptions.Multiline)]
    private static partial Regex Warning();
}
