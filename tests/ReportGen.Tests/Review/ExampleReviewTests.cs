using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Tests.Build;
using ReportGen.Tests.Rendering.Latex;
using UglyToad.PdfPig;

namespace ReportGen.Tests.Reviews;

/// <summary>
/// examples/school-activity, a review in another domain whose fields are declared in its own fields.csv, builds in
/// every format from its data and templates alone. Counts below are worked out by hand from its campaigns.csv.
/// </summary>
public class ExampleReviewTests
{
    private static readonly Lazy<BuiltReview> Built = new(() => BuiltReview.Build(
        Path.Combine(RepoPaths.Root, "examples", "school-activity", "data"),
        Path.Combine(RepoPaths.Root, "examples", "school-activity", "templates")));

    private static BuiltReview Build => Built.Value;

    [Fact]
    public void Build_WritesEveryFormat_WithoutWarnings()
    {
        Assert.True(Build.Succeeded, string.Join("\n", Build.Diagnostics));
        Assert.DoesNotContain(Build.Diagnostics, d => d.Severity is Severity.Warning or Severity.Error);
        Assert.Equal(
            ["manuscript.docx", "manuscript.html", "manuscript.md", "manuscript.pdf", "manuscript.tex", "prisma.pdf", "prisma.svg",
             "table2.docx", "table2.html", "table2.md", "table2.pdf", "table2.tex"],
            Build.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(Build.Files.Values, content => Assert.True(content.Length > 100));
    }

    [Fact]
    public void Manuscript_CountsStudiesAndReportsApart()
    {
        // 6 studies in 7 reports: Move More has a companion report.
        Assert.Contains("Six studies, described in seven reports, were included (Figure 1).", Build.Text("manuscript.md"));
    }

    [Fact]
    public void Manuscript_HasTheCrossTabulationOfSettingByDesign()
    {
        var text = Build.Text("manuscript.md");
        Assert.Contains("| Setting | RCT | Cluster RCT | Before–after | Total |", text);
        Assert.Contains("| Urban schools | 1 | 0 | 2 | 3 (50%) |", text);
        Assert.Contains("| Rural schools | 1 | 1 | 0 | 2 (33.3%) |", text);
        Assert.Contains("| Urban and rural schools | 0 | 1 | 0 | 1 (16.7%) |", text);
        Assert.Contains("most were run in urban schools (n = 3).", text);
    }

    [Fact]
    public void Manuscript_SummarisesEachKindOfField()
    {
        var text = Build.Text("manuscript.md");
        // Pupils 420, 1250, 310, 880, 540, 95: median (420 + 540) / 2 = 480, total 3495.
        Assert.Contains("**Pupils enrolled.** Median 480 (range 95 to 1250; n = 6), 3495 in total.", text);
        // Weeks 12, 26, 10.5, 20, 8 and one empty cell.
        Assert.Contains("**Length in weeks.** Median 12 (range 8 to 26; n = 5), 76.5 in total.", text);
        Assert.Contains("**Start year.** From 2016 to 2021 (n = 6).", text);
        Assert.Contains("**Last follow-up.** From 2017-06-30 to 2021-07-15 (n = 4).", text);
        Assert.Contains("primary school (ages 5–11) (n = 4, 66.7%)", text);
        Assert.Contains("Family involvement: 4 of 6 (66.7%), including newsletters to parents (n = 3) and active homework (n = 2).", text);
    }

    [Fact]
    public void Table2_TakesItsColumnsFromFieldsCsv_InEveryFormat()
    {
        var header = "| Author (year) | Programme | Setting | Design | School stage | Components | Guidance | Pupils (n) | Weeks | Main finding |";
        Assert.Contains(header, Build.Text("table2.md"));
        // Two fields share the last column through the format "; caveat: {}".
        Assert.Contains("| Higher fitness scores in PE tests; caveat: no control group |", Build.Text("table2.md"));
        Assert.Contains(@"\begin{longtable}", Build.Text("table2.tex"));
        Assert.Contains("School stage", Build.Text("table2.tex"));
        using var pdf = PdfDocument.Open(Build.Files["table2.pdf"]);
        var words = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Characteristics of the six included studies", words);
        // Read in drawing order, cell by cell, with the engine's hyphenation undone: a cell's words may break over lines.
        var file = Path.Combine(Directory.CreateTempSubdirectory("reportgen-example-pdf-").FullName, "table2.pdf");
        File.WriteAllBytes(file, Build.Files["table2.pdf"]);
        var drawn = string.Concat(ReportGen.Tests.Support.PdfText.RawPageTexts(file));
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        Assert.Contains("feasibilitystudyonly", ExtractedText.Squeezed(ExtractedText.Dehyphenated(drawn)));
    }

    [Fact]
    public void Latex_CompilesWithPdflatex()
    {
        // Needs TeX Live; skipped without it, like the shipped review's LaTeX tests.
        var folder = Directory.CreateTempSubdirectory("reportgen-example-tex-").FullName;
        try
        {
            foreach (var name in new[] { "manuscript.tex", "table2.tex", "prisma.pdf" })
                File.WriteAllBytes(Path.Combine(folder, name), Build.Files[name]);
            foreach (var document in new[] { "manuscript.tex", "table2.tex" })
            {
                var log = TexTools.Compile("pdflatex", folder, document);
                Assert.DoesNotContain("Missing character", log);
                using var pdf = PdfDocument.Open(Path.Combine(folder, Path.ChangeExtension(document, ".pdf")));
                Assert.Contains("Characteristics", string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void PrismaFigure_ShowsStudiesAndReportsApart()
    {
        var svg = Encoding.UTF8.GetString(Build.Files["prisma.svg"]);
        Assert.Contains("(n = 6)", svg);
        Assert.Contains("(n = 7)", svg);
    }
}
