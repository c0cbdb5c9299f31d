namespace ReportGen.Rendering.Gfm;

/// <summary>
/// Where a piece of literal text lands. <paramref name="Before"/> is the end of the output so far and
/// <paramref name="After"/> the next character ('\0' when unknown), because a delimiter run or a URL scheme
/// can span two pieces.
/// <paramref name="LineSoFar"/>: the text already on this line, or null when it is too long to be a list number.
/// </summary>
internal readonly record struct TextEscapeContext(bool AtLineStart, string? LineSoFar, bool AtLineEnd, bool InHeading, string Before, char After);
