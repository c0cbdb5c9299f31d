using BenchmarkDotNet.Running;
using ReportGen.Benchmarks;

// dotnet run -c Release --project bench/ReportGen.Benchmarks -- stages [shipped 1000 10000] [--repeat K] [--stage PDF] [--skip PDF]...
//   a quick per-stage table (Stopwatch), for finding what grows faster than the review;
// dotnet run -c Release --project bench/ReportGen.Benchmarks -- [BenchmarkDotNet options, e.g. --filter '*']
//   the BenchmarkDotNet suite (StageBenchmarks; sizes from REPORTGEN_BENCH_REVIEWS).
if (args.Length > 0 && args[0] == "stages")
{
    var reviews = new List<string>();
    var repeats = 3;
    string? only = null;
    var skipped = new List<string>();
    for (var i = 1; i < args.Length; i++)
    {
        if (args[i] == "--repeat" && i + 1 < args.Length) repeats = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
        else if (args[i] == "--stage" && i + 1 < args.Length) only = args[++i];
        else if (args[i] == "--skip" && i + 1 < args.Length) skipped.Add(args[++i]);
        else reviews.Add(args[i]);
    }
    StageTable.Print(reviews.Count > 0 ? reviews : ["shipped", "1000"], repeats, only, skipped, Console.Out);
    return 0;
}
// dotnet run -c Release --project bench/ReportGen.Benchmarks -- pages [shipped 1000] [--repeat K] [--backend own|skia|pdfsharp] [--out DIR]
//   pages per second of the PDF writer, best of K runs after a warm-up run, with the PDF backend chosen (pdfsharp: our
//   layout written through PDFsharp 6.2.4, see PdfSharpCanvas); --out writes each document's PDF into DIR/REVIEW/ to look at.
if (args.Length > 0 && args[0] == "pages")
{
    var reviews = new List<string>();
    var repeats = 3;
    var backend = ReportGen.Rendering.Pdf.PdfBackend.Own;
    var pdfSharp = false;
    string? outFolder = null;
    for (var i = 1; i < args.Length; i++)
    {
        if (args[i] == "--repeat" && i + 1 < args.Length) repeats = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
        else if (args[i] == "--backend" && i + 1 < args.Length && args[i + 1] == "pdfsharp") (pdfSharp, i) = (true, i + 1);
        else if (args[i] == "--backend" && i + 1 < args.Length) backend = Enum.Parse<ReportGen.Rendering.Pdf.PdfBackend>(args[++i], ignoreCase: true);
        else if (args[i] == "--out" && i + 1 < args.Length) outFolder = args[++i];
        else reviews.Add(args[i]);
    }
    PagesPerSecond.Print(reviews.Count > 0 ? reviews : ["shipped", "1000"], Math.Max(1, repeats), backend, pdfSharp, outFolder, Console.Out);
    return 0;
}
// dotnet run -c Release --project bench/ReportGen.Benchmarks -- warm [--repeat K]
//   the rebuild `reportgen watch` makes after a template edit: the HTML preview alone, and every format to out/.
if (args.Length > 0 && args[0] == "warm")
{
    var repeats = args.Length > 2 && args[1] == "--repeat" ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20;
    WarmRebuild.Print(repeats, Console.Out);
    return 0;
}
// dotnet run -c Release --project bench/ReportGen.Benchmarks -- pipeline DATA [--formats md,tex,docx,html] [--out DIR]
//   one whole build in this process of a review on disk, writing only the named formats (all when not given), held in
//   memory as a check holds them, or written to DIR as `reportgen build` writes them.
if (args.Length > 1 && args[0] == "pipeline")
{
    HashSet<string>? formats = null;
    string? outFolder = null;
    for (var i = 2; i + 1 < args.Length; i++)
    {
        if (args[i] == "--formats") formats = args[++i].Split(',').ToHashSet();
        else if (args[i] == "--out") outFolder = args[++i];
    }
    return Pipeline.Print(args[1], formats, outFolder, Console.Out);
}
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
return 0;
