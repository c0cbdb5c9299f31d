using ReportGen.Rendering.Text;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

/// <summary>
/// Tests that set REPORTGEN_FONT in this process. The variable is the whole process's, so they run alone, after the
/// parallel tests, where no other build can read it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FontVariableTestGroup
{
    public const string Name = "REPORTGEN_FONT";
}

/// <summary>
/// A REPORTGEN_FONT that cannot be used is the user's input, not a bug: a located RG406 and exit 1 (never exit 3,
/// "internal error"), whichever output meets the font first; the figure is laid out before any document.
/// </summary>
[Collection(FontVariableTestGroup.Name)]
public class FontVariableTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "build", "notes.txt" }, { "check", "notes.txt" }, { "build", "empty.ttf" }, { "build", "no-such-font.ttf" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_WithAFontVariableThatIsNoFont_ReportsRG406AtTheFileAndExits1(string command, string fontName)
    {
        using var workspace = ReviewCopy.Shipped();
        var font = workspace.PathOf(fontName);
        if (fontName == "notes.txt") File.WriteAllText(font, "These are notes, not a font.\n");
        if (fontName == "empty.ttf") File.WriteAllBytes(font, []);
        var before = Environment.GetEnvironmentVariable(TextFonts.FontVariable);
        Environment.SetEnvironmentVariable(TextFonts.FontVariable, font);
        CliResult result;
        try
        {
            string[] folders = ["--data", workspace.Data, "--templates", workspace.Templates];
            result = InProcessCli.Run([command, .. folders, .. command == "build" ? ["--out", workspace.PathOf("out")] : Array.Empty<string>()]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(TextFonts.FontVariable, before);
        }

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{font}: error RG406: ", ReferenceWarnings.Remove(result.Stderr));
        Assert.Contains($"hint: Point {TextFonts.FontVariable}", result.Stderr);
        Assert.DoesNotContain("internal error", result.Stderr);
        Assert.False(Directory.Exists(workspace.PathOf("out")));
    }
}
