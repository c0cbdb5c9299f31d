namespace ReportGen.Cli;

internal static class OutputFolderGuard
{
    /// <summary>
    /// What a build into <paramref name="output"/> would delete with the folder's old content, because the output
    /// folder is or holds it: "--out ." or "--out data" must not throw the user's review away.
    /// </summary>
    public static string? WouldReplace(string output, string data, string templates)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var inside = target.EndsWith(Path.DirectorySeparatorChar) ? target : target + Path.DirectorySeparatorChar;
        bool Holds(string folder)
        {
            // Ignoring case errs on the safe side on file systems that do not.
            var path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
            return path.Equals(target, StringComparison.OrdinalIgnoreCase) || path.StartsWith(inside, StringComparison.OrdinalIgnoreCase);
        }
        return Holds(".") ? "the current folder" : Holds(data) ? "the data folder" : Holds(templates) ? "the templates folder" : null;
    }
}
