using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Diagnostics;
using ReportGen.Rendering.Pdf;

namespace ReportGen.Benchmarks;

/// <summary>
/// Pages per second of the PDF writer alone (all of a review's documents, from the parsed tree to the bytes),
/// best of several runs: the figure to compare before and after a change to line breaking or layout.
/// </summary>
internal static partial class PagesPerSecond
{
    public static void Print(IReadOnlyList<string> reviews, int repeats, TextWriter output)
    {
        output.WriteLine("| review | PDF pages | best wall (ms) | pages per second |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var review in reviews)
        {
            using var fixture = new ReviewFixture(review);
            var pages = 0;
            var best = double.MaxValue;
            for (var run = 0; run <= repeats; run++)
            {
                var watch = Stopwatch.StartNew();
                pages = fixture.Documents.Sum(d =>
                {
                    var pdf = PdfWriter.Write(d, fixture.PdfOptions, new DiagnosticBag())
                              ?? throw new InvalidOperationException($"{review}: {d.Name}.pdf was not written.");
                    return PageObject().Count(Encoding.Latin1.GetString(pdf));
                });
                watch.Stop();
                // The first run warms the JIT and the shaper's caches, and is not counted.
                if (run > 0) best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            }
            output.WriteLine($"| {review} | {pages} | {best:0} | {pages / (best / 1000):0.0} |");
        }
    }

    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PageObject();
}
