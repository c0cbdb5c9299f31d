using System.Diagnostics;
using ReportGen.Diagnostics;
using ReportGen.Document;
using ReportGen.Rendering.Pdf;
using ReportGen.Rendering.Pdf.Canvas;
using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Pdf.Markdown;
using ReportGen.Rendering.Text;

namespace ReportGen.Benchmarks;

/// <summary>
/// Pages per second of the PDF writer alone (all of a review's documents, from the parsed tree to the bytes),
/// best of several runs: the figure to compare before and after a change to line breaking or layout. CPU time is
/// given beside wall time, since on a shared machine it is the steadier of the two; the layout column times the
/// same documents set on pages but drawn nowhere (shaping, line breaking, pagination), so that the rest of the
/// writer's time is drawing: the PDF backend, font embedding and compression.
/// </summary>
internal static class PagesPerSecond
{
    public static void Print(IReadOnlyList<string> reviews, int repeats, PdfBackend backend, bool pdfSharp, string? outFolder, TextWriter output)
    {
        output.WriteLine($"PDF backend: {(pdfSharp ? "PDFsharp 6.2.4" : backend)}");
        Func<ReportDocument, PdfOptions, string, byte[]> write = pdfSharp ? (d, o, _) => PdfSharpWriter.Write(d, o) : Write;
        output.WriteLine("| review | PDF pages | best wall (ms) | best CPU (ms) | pages per second (wall) | pages per CPU second | layout alone, one thread: CPU (ms) | MB allocated per run |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var review in reviews)
        {
            using var fixture = new ReviewFixture(review);
            var options = fixture.PdfOptions with { Backend = backend };
            if (outFolder is not null)
            {
                // The PDFs themselves, to look at (pdftoppm) and to compare between backends.
                Directory.CreateDirectory(Path.Combine(outFolder, review));
                foreach (var d in fixture.Documents) File.WriteAllBytes(Path.Combine(outFolder, review, d.Name + ".pdf"), write(d, options, review));
            }
            var pages = 0;
            var best = (Wall: double.MaxValue, Cpu: double.MaxValue, Layout: double.MaxValue, Allocated: double.MaxValue);
            for (var run = 0; run <= repeats; run++)
            {
                var (wall, cpu, allocated) = Timed(() => pages = fixture.Documents.Sum(d => CountPages(write(d, options, review))));
                var (_, layoutCpu, _) = Timed(() => { foreach (var d in fixture.Documents) LayOut(d, options, review); });
                // The first run warms the JIT and the shaper's caches, and is not counted.
                if (run > 0)
                    best = (Math.Min(best.Wall, wall), Math.Min(best.Cpu, cpu), Math.Min(best.Layout, layoutCpu), Math.Min(best.Allocated, allocated));
            }
            output.WriteLine($"| {review} | {pages} | {best.Wall:0} | {best.Cpu:0} | {pages / (best.Wall / 1000):0.0} | {pages / (best.Cpu / 1000):0.0} | {best.Layout:0} | {best.Allocated:0} |");
        }
    }

    private static byte[] Write(ReportDocument document, PdfOptions options, string review) =>
        PdfWriter.Write(document, options, new DiagnosticBag())
        ?? throw new InvalidOperationException($"{review}: {document.Name}.pdf was not written.");

    /// <summary>
    /// The page objects (<c>/Type /Page</c>, not <c>/Pages</c>), counted over the bytes: decoding the PDF into a string
    /// first allocated twice its size, a tenth of what the run allocated, charged to the writer being measured.
    /// </summary>
    private static int CountPages(byte[] pdf)
    {
        var count = 0;
        var rest = pdf.AsSpan();
        for (var at = rest.IndexOf("/Type"u8); at >= 0; at = rest.IndexOf("/Type"u8))
        {
            rest = rest[(at + 5)..];
            var name = rest.TrimStart(" \t\r\n\f\0"u8);
            if (name.StartsWith("/Page"u8) && !name[5..].StartsWith("s"u8)) count++;
        }
        return count;
    }

    /// <summary>What the writer does before it draws: the fonts opened, the tree set into elements and paginated.</summary>
    private static void LayOut(ReportDocument document, PdfOptions options, string review)
    {
        var diagnostics = new DiagnosticBag();
        using var shaper = PdfWriter.CreateShaper(options, DocumentCharacters.Of(document.Tree, options), diagnostics, document.SourceName)
                           ?? throw new InvalidOperationException($"{review}: no fonts.");
        var builder = new PdfDocumentBuilder(shaper, options, _ => (null, "not drawn"), diagnostics, document.SourceName);
        PageLoop.Run(builder.Build(document), new NoCanvas(), options.Margins, (_, _, _) => { }, diagnostics, document.SourceName);
    }

    private static (double WallMs, double CpuMs, double AllocatedMb) Timed(Action action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        process.Refresh();
        return (watch.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpu).TotalMilliseconds,
            (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6);
    }

    /// <summary>A surface that draws nothing, so that layout is timed without the PDF backend.</summary>
    private sealed class NoCanvas : ICanvas
    {
        public void BeginPage(Size size) { }
        public void EndPage() { }
        public void DrawText(ShapedText text, Point baseline) { }
        public void DrawLine(Point from, Point to, double thickness) { }
        public void DrawPicture(IPicture picture, Rect area) { }
        public void LinkToUrl(Rect area, string url) { }
        public void AddOutlineEntry(int level, string title, string destinationName, Point at) { }
    }
}
