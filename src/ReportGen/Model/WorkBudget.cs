using System.Diagnostics;

namespace ReportGen.Model;

/// <summary>
/// A time limit counted in the processor time the process spends, not on the clock: it bounds work, which is what a
/// runaway template or writer does without end. On a shared machine a build gets a fraction of a core, and a clock
/// limit stopped a review of 20,000 campaigns that needed a quarter of its budget in processor time. A task that waits
/// instead of working is still stopped, once the clock passes <see cref="StallFactor"/> times the budget.
/// </summary>
/// <remarks>The process's time includes every thread's, so work running beside the budgeted task counts too: the
/// limit errs towards stopping sooner, never later.</remarks>
internal sealed class WorkBudget : IDisposable
{
    /// <summary>How many times the budget may pass on the clock before a task that is not working is stopped.</summary>
    public const int StallFactor = 10;

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly TimeSpan _startedAt = ProcessorTime();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _spent = new();
    private readonly Timer _timer;

    public WorkBudget(TimeSpan limit)
    {
        Limit = limit;
        if (IsSpent) _spent.Cancel();
        _timer = new Timer(_ => Poll(), null, PollInterval, PollInterval);
    }

    public TimeSpan Limit { get; }

    /// <summary>Cancelled once the budget is spent.</summary>
    public CancellationToken Token => _spent.Token;

    public bool IsSpent => ProcessorTime() - _startedAt >= Limit || _clock.Elapsed.Ticks >= Limit.Ticks * (double)StallFactor;

    private void Poll()
    {
        if (_spent.IsCancellationRequested || !IsSpent) return;
        try
        {
            _spent.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Disposed between the check and the cancel: the task has finished.
        }
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    public void Dispose()
    {
        _timer.Dispose();
        _spent.Dispose();
    }
}
