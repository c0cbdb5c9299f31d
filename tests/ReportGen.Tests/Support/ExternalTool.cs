namespace ReportGen.Tests.Support;

/// <summary>
/// Finds a program that a test needs from outside .NET (TeX, LibreOffice, a browser). Where it is missing the test
/// is skipped with the Debian package that brings it, so that the README's test command passes on a machine with
/// only the .NET SDK. CI sets REPORTGEN_REQUIRE_TOOLS=1, under which a missing program fails the test instead:
/// there, a skip would hide a gap.
/// </summary>
internal static class ExternalTool
{
    public const string RequireVariable = "REPORTGEN_REQUIRE_TOOLS";

    /// <summary>The program's full path; skips (or, under REPORTGEN_REQUIRE_TOOLS=1, fails) the test when it is not on PATH.</summary>
    public static string Require(string command, string debianPackage)
    {
        if (Find(command) is { } path) return path;
        var reason = $"{command} not found (apt-get install {debianPackage})";
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
            Assert.Fail($"{reason}; {RequireVariable}=1 does not allow this test to be skipped.");
        Assert.Skip($"skipped: {reason}");
        throw new InvalidOperationException("Assert.Skip returned.");
    }

    /// <summary>The program's full path on PATH, or null.</summary>
    public static string? Find(string command)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.Select(folder => Path.Combine(folder, command)).FirstOrDefault(IsExecutable);
    }

    private static bool IsExecutable(string path) =>
        File.Exists(path) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);
}
