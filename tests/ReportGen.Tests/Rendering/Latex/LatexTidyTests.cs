using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using ReportGen.Rendering.Latex;

namespace ReportGen.Tests.Rendering.Latex;

/// <summary>The body is tidied straight from the renderer's buffer, chunk by chunk, into the document's buffer.</summary>
public sealed class LatexTidyTests
{
    [Theory]
    [InlineData("\n\na\n\n\n\nb\n\n", "a\n\nb\n")]
    [InlineData("a\nb", "a\nb\n")]
    [InlineData("a\n\nb\n\n\nc", "a\n\nb\n\nc\n")]
    [InlineData("\n\n\n", "")]
    [InlineData("", "")]
    public void AppendTidy_KeepsOneBlankLineAtMostAndEndsWithOneNewline(string latex, string expected)
    {
        var target = new StringBuilder("preamble\n\n");
        LatexWriter.AppendTidy(target, new StringBuilder(latex));
        Assert.Equal("preamble\n\n" + expected, target.ToString());
    }

    [Fact]
    public void AppendTidy_WhenNewlinesCrossTheBuffersChunks_GivesWhatTidyingTheWholeStringGives()
    {
        // Appending piece by piece makes a StringBuilder of many chunks, so runs of newlines cross chunk boundaries.
        string[] choices = ["a", "\n", " ", "\n\n", "bc"];
        Gen.Int[0, choices.Length - 1].Select(i => choices[i]).Array[0, 400].Sample(parts =>
        {
            var latex = new StringBuilder();
            foreach (var part in parts) latex.Append(part);
            var whole = Regex.Replace(latex.ToString(), "\n{3,}", "\n\n").Trim('\n');
            var expected = whole.Length == 0 ? "" : whole + "\n";
            Assert.Equal(expected, LatexWriter.AppendTidy(new StringBuilder(), latex).ToString());
        });
    }
}
