namespace ReportGen.Rendering.Gfm;

/// <summary>
/// Where a piece of literal text lands. <paramref name="Before"/> and <paramref name="After"/> are the
/// neighbouring characters in the output ('\0' when none), because a delimiter run can span two pieces.
/// <paramref name="AfterLineDigits"/>: the line so far holds only digits, so a '.' or ')' would make it a list item.
/// </summary>
internal readonly record struct TextEscapeContext(bool AtLineStart, bool AfterLineDigits, bool AtLineEnd, bool InHeading, char Before, char After);
