using ReportGen.Diagnostics;
using ReportGen.Rendering.Text;

namespace ReportGen.Tests.Rendering.Pdf;

/// <summary>The one place fonts are found and loaded, for the figure and the PDF alike.</summary>
public class TextFontsTests
{
    [Fact]
    public void Open_WithNoSerifFontInstalled_IsRG400AtTheSource()
    {
        var diagnostics = new DiagnosticBag();
        var shaper = TextFonts.Open(fontFile: null, characters: null, diagnostics, "data/flow.csv", findSerif: _ => null);

        Assert.Null(shaper);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(("RG400", "data/flow.csv", Severity.Error), (error.Code, error.File, error.Severity));
        Assert.Contains("REPORTGEN_FONT", error.Hint);
    }

    [Fact]
    public void Open_WithAFileThatIsNotAFont_IsRG406AtThatFile_NeverAnException()
    {
        var path = Path.Combine(Path.GetTempPath(), $"reportgen-notes-{Guid.NewGuid():N}.ttf");
        File.WriteAllText(path, "not a font");
        try
        {
            var diagnostics = new DiagnosticBag();
            Assert.Null(TextFonts.Open(path, characters: null, diagnostics, "data/flow.csv"));
            var error = Assert.Single(diagnostics.Items);
            Assert.Equal(("RG406", path), (error.Code, error.File));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Open_TheInstalledFont_ShapesWithItsFamilyName()
    {
        using var shaper = TextFonts.Open(fontFile: null, characters: null, new DiagnosticBag(), "test");
        Assert.NotNull(shaper);
        Assert.False(string.IsNullOrEmpty(shaper.FamilyName));
        Assert.True(shaper.Shape("Records", new TextStyle(9)).Width > shaper.Shape("R", new TextStyle(9)).Width);
    }
}
