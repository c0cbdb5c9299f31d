using ReportGen.Cli;
using UglyToad.PdfPig;

namespace ReportGen.Tests.Build;

/// <summary><c>reportgen new DIR</c> writes a review that the next <c>reportgen build</c> builds at once.</summary>
public sealed class StarterReviewTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("reportgen-new-").FullName;

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = ReportGenCommandLine.Run(args, CliConsole.Redirected(stdout, stderr));
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void New_ThenBuild_ExitsZeroAndWritesAReadablePdf()
    {
        var review = Path.Combine(_root, "my-review");

        var created = Run("new", review);
        var built = Run("build", "--data", Path.Combine(review, "data"), "--templates", Path.Combine(review, "templates"),
            "--out", Path.Combine(review, "out"));

        Assert.Equal(0, created.ExitCode);
        Assert.Equal((0, ""), (built.ExitCode, built.Stderr));
        // Every output is new: as many changed as written.
        Assert.Matches(@"^1 resources, 1 campaigns: wrote (\d+) files to .*out/ \(\1 changed\)\n$", built.Stdout.Replace("\r\n", "\n"));
        using var pdf = PdfDocument.Open(Path.Combine(review, "out", "manuscript.pdf"));
        var words = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("One study, described in one report, was included (Figure 1).", words);
        Assert.Contains("The first included study", words);
    }

    [Fact]
    public void New_WritesDataWithOneExampleRowEach_FieldsTemplatesAndAReadme()
    {
        var review = Path.Combine(_root, "r");
        Run("new", review);

        foreach (var file in new[] { "review.csv", "resources.csv", "campaigns.csv", "values.csv", "guidelines.csv", "abbreviations.csv", "fields.csv" })
            Assert.True(File.ReadAllLines(Path.Combine(review, "data", file)).Length >= 2, file);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(review, "data", "campaigns.csv")).Length);
        Assert.True(File.Exists(Path.Combine(review, "data", "flow.csv")));
        Assert.True(File.Exists(Path.Combine(review, "templates", "documents", "manuscript.sbn")));
        Assert.True(File.Exists(Path.Combine(review, "templates", "prisma.sbn")));
        Assert.Contains("reportgen build", File.ReadAllText(Path.Combine(review, "README.md")));
    }

    [Fact]
    public void New_IntoAFolderThatHasFiles_RefusesAndChangesNothing()
    {
        var review = Path.Combine(_root, "taken");
        Directory.CreateDirectory(review);
        File.WriteAllText(Path.Combine(review, "notes.txt"), "mine");

        var result = Run("new", review);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error RG059: the folder for the new review already exists and is not empty", result.Stderr);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(review).Select(Path.GetFileName));
    }

    [Fact]
    public void New_WithoutAFolder_IsAUsageError()
    {
        Assert.Equal(2, Run("new").ExitCode);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
