using System.Diagnostics;
using ReportGen.Build;

namespace ReportGen.Benchmarks;

/// <summary>
/// Which steps of a build were running when its memory peaked: the process's working set and the managed heap are
/// sampled every 20 ms, each sample with the steps then started and not finished, so that the peak can be laid at
/// the steps that hold it.
/// </summary>
internal sealed class PeakSampler : IBuildProgress, IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<string> _running = [];
    private readonly Thread _thread;
    private volatile bool _stop;
    private long _peakWorkingSet;
    private long _peakHeap;
    private string _atPeakWorkingSet = "";
    private string _atPeakHeap = "";

    public PeakSampler()
    {
        _thread = new Thread(Sample) { IsBackground = true, Name = "peak sampler" };
        _thread.Start();
    }

    public string Report =>
        $"peak working set {_peakWorkingSet / 1048576.0:0} MB while [{_atPeakWorkingSet}]; peak heap {_peakHeap / 1048576.0:0} MB while [{_atPeakHeap}]";

    /// <summary>REPORTGEN_STEPS=1 prints each step as it starts, with the process id, to take a heap dump at that point.</summary>
    private static readonly bool Prints = Environment.GetEnvironmentVariable("REPORTGEN_STEPS") == "1";

    public void Started(string stepName)
    {
        lock (_gate) _running.Add(stepName);
        if (Prints) Console.Error.WriteLine($"started {stepName} (process {Environment.ProcessId})");
    }

    public void Pages(string stepName, int pages) { }

    public void Finished(string stepName)
    {
        lock (_gate) _running.Remove(stepName);
    }

    private void Sample()
    {
        using var process = Process.GetCurrentProcess();
        while (!_stop)
        {
            process.Refresh();
            var workingSet = process.WorkingSet64;
            var heap = GC.GetTotalMemory(forceFullCollection: false);
            lock (_gate)
            {
                if (workingSet > _peakWorkingSet) (_peakWorkingSet, _atPeakWorkingSet) = (workingSet, string.Join(", ", _running));
                if (heap > _peakHeap) (_peakHeap, _atPeakHeap) = (heap, string.Join(", ", _running));
            }
            Thread.Sleep(20);
        }
    }

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
    }
}
