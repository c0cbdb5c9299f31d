using System.Collections.Concurrent;
using ReportGen.Diagnostics;
using ReportGen.Document;
using ReportGen.Rendering;

namespace ReportGen.Build;

/// <summary>
/// Every writer of every document as one job each, run on as many threads as the machine has cores: the larger
/// document first, and within a document the Word and PDF writers, the longest, first. Run as one chain per document,
/// a cold build of a small review waited for the manuscript's chain (its Word file draws the figure at 300 dpi) while
/// the other core sat idle. Document by document, rather than every Word and PDF file first, so that a large review's
/// manuscript is let go before Table 2 is written (10,000 campaigns: 1,087 MB peak the other way, 1,011 MB this way).
/// Each job keeps its own diagnostics, read back in document and registry order, so the result does not depend on
/// which finished first.
/// </summary>
internal sealed class WriterJobs
{
    private sealed record Job(int Document, IDocumentWriter Writer)
    {
        public DiagnosticBag Diagnostics { get; } = new();
        public volatile bool Done;
    }

    private readonly ReportDocument?[] _documents;
    private readonly string[] _names;
    private readonly int[] _remaining;
    private readonly List<Job> _jobs;

    private WriterJobs(ReportDocument?[] documents, List<Job> jobs)
    {
        _documents = documents;
        _names = [.. documents.Select(d => d!.Name)];
        _jobs = jobs;
        _remaining = [.. documents.Select((_, d) => jobs.Count(j => j.Document == d))];
    }

    public static WriterJobs For(IReadOnlyList<ReportDocument> documents, WriterSettings settings, HashSet<string> formats, IBuildProgress progress)
    {
        var jobs = documents.SelectMany((document, d) =>
        {
            var pdfName = $"{document.Name}.pdf";
            var own = settings with { Pdf = settings.Pdf with { PageDrawn = pages => progress.Pages(pdfName, pages) } };
            return DocumentWriters.All(own).Where(w => formats.Contains(w.Extension)).Select(w => new Job(d, w));
        }).ToList();
        return new WriterJobs([.. documents], jobs);
    }

    /// <summary>The files in the order their writers start.</summary>
    public IEnumerable<string> Order() => LongestFirst().Select(j => $"{_names[j.Document]}.{j.Writer.Extension}");

    public void Run(OutputSet outputs, IBuildProgress progress)
    {
        // One job at a time from the list, in its order (a list is otherwise cut into ranges, one per thread).
        var queue = Partitioner.Create(LongestFirst().ToList(), EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(queue, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, job => Write(job, outputs, progress));
    }

    private IEnumerable<Job> LongestFirst() => _jobs
        .OrderByDescending(j => _documents[j.Document]?.Markdown.Length ?? 0)
        .ThenBy(j => j.Writer.Extension is "docx" or "pdf" ? 0 : 1);

    private void Write(Job job, OutputSet outputs, IBuildProgress progress)
    {
        var document = _documents[job.Document]!;
        var name = $"{document.Name}.{job.Writer.Extension}";
        progress.Started(name);
        if (job.Writer.Write(document, job.Diagnostics) is { } content) outputs.Add(name, content);
        progress.Finished(name);
        job.Done = true;
        if (Interlocked.Decrement(ref _remaining[job.Document]) == 0) _documents[job.Document] = null;
    }

    /// <summary>The documents with a writer that has not finished.</summary>
    public IEnumerable<string> Unfinished() => _jobs.Where(j => !j.Done).Select(j => _names[j.Document]).Distinct();

    /// <summary>Every job's diagnostics, in document order and, within a document, in the registry's order of writers.</summary>
    public IEnumerable<Diagnostic> Diagnostics() => _jobs.SelectMany(j => j.Diagnostics.Items);
}
