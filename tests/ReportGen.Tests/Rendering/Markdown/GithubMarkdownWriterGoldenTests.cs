using ReportGen.Rendering;
using ReportGen.Rendering.Gfm;

namespace ReportGen.Tests.Rendering.Markdown;

public class GithubMarkdownWriterGoldenTests
{
    public static TheoryData<string> Cases() => new(GoldenFiles.Names());

    [Fact]
    public void Folder_HasCases()
    {
        Assert.NotEmpty(GoldenFiles.Names());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Write_MatchesExpectedFile(string name)
    {
        var actual = GithubMarkdownWriter.Write(MarkdownDocumentParser.Parse(GoldenFiles.ReadInput(name)));

        // REPORTGEN_UPDATE_GOLDEN=1 rewrites the checked-in expected file instead of comparing; review the diff.
        if (GoldenFiles.UpdateRequested)
        {
            File.WriteAllText(Path.Combine(GoldenFiles.SourceFolder(), name + GoldenFiles.ExpectedSuffix), actual);
            return;
        }
        Assert.Equal(GoldenFiles.ReadExpected(name), actual);
    }
}
