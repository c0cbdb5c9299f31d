using System.Text.RegularExpressions;

namespace ReportGen.Verification;

/// <summary>
/// Makes one line of marked-up text plain, character by character, so that each kept character keeps its own column:
/// at each position the first rule that matches decides what the matched text becomes.
/// </summary>
internal sealed class LineStripper(params LineStripper.Rule[] rules)
{
    /// <summary>
    /// A markup form (a regex anchored with <c>\G</c>) and what it becomes: the text of group <see cref="KeepGroup"/>
    /// (each character at its own column), or <see cref="Replacement"/> at the match's column, or nothing.
    /// </summary>
    internal sealed record Rule(Regex Pattern, string? Replacement = null, int KeepGroup = 0);

    public void Strip(string line, int lineNumber, int lineOffset, PlainText into, int columnShift = 0)
    {
        var i = 0;
        while (i < line.Length)
        {
            var matched = false;
            foreach (var rule in rules)
            {
                var match = rule.Pattern.Match(line, i);
                if (!match.Success || match.Length == 0) continue;
                if (rule.KeepGroup > 0)
                {
                    var group = match.Groups[rule.KeepGroup];
                    for (var k = 0; k < group.Length; k++) into.Append(group.Value[k], Place(group.Index + k));
                }
                else if (rule.Replacement is { } replacement)
                {
                    into.Append(replacement, Place(match.Index));
                }
                i = match.Index + match.Length;
                matched = true;
                break;
            }
            if (matched) continue;
            into.Append(line[i], Place(i));
            i++;
        }
        into.Append(' ', Place(line.Length));

        TextPlace Place(int column) => new(lineNumber, column + 1 + columnShift, lineOffset + column, null);
    }
}
