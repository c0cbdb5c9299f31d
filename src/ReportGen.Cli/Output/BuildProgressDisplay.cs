using System.Collections.Concurrent;
using System.Globalization;
using ReportGen.Build;
using Spectre.Console;

namespace ReportGen.Cli.Output;

/// <summary>
/// Runs a build and, when stderr is a terminal and the build is still going after <see cref="Delay"/>, shows its
/// steps on stderr as they run, with the page count of each PDF being laid out. A short build, a build whose
/// stderr is a file or a pipe, and <c>--quiet</c> show nothing.
/// </summary>
internal static class BuildProgressDisplay
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(100);

    public static BuildResult Run(Func<IBuildProgress, BuildResult> build, CliConsole console, bool quiet)
    {
        if (StartupTimings.Enabled) return new StartupTimings().Run(build, console.Error);
        if (quiet || !console.ErrorIsTerminal) return build(NoBuildProgress.Instance);

        var steps = new StepLog();
        var running = Task.Run(() => build(steps));
        if (Task.WaitAny([running], Delay) < 0) Show(console.ErrorTerminal(), steps, running);
        return running.GetAwaiter().GetResult();
    }

    private static void Show(IAnsiConsole terminal, StepLog steps, Task running)
    {
        terminal.Progress()
            .AutoClear(false)
            .Columns(new SpinnerColumn { CompletedText = "done" }, new TaskDescriptionColumn { Alignment = Justify.Left })
            .Start(context =>
            {
                var shown = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                while (true)
                {
                    var finished = running.IsCompleted;
                    foreach (var step in steps.Snapshot())
                    {
                        if (!shown.TryGetValue(step.Name, out var task))
                            shown[step.Name] = task = context.AddTask(Markup.Escape(step.Name), maxValue: 1);
                        task.Description = Markup.Escape(step.Describe());
                        task.IsIndeterminate = !step.Done;
                        if (step.Done && !task.IsFinished)
                        {
                            task.Value = 1;
                            task.StopTask();
                        }
                    }
                    context.Refresh();
                    if (finished) break;
                    Thread.Sleep(Refresh);
                }
            });
    }

    /// <summary>The steps reported so far, in the order they started; written from the build's threads.</summary>
    private sealed class StepLog : IBuildProgress
    {
        private readonly ConcurrentDictionary<string, Step> _steps = new(StringComparer.Ordinal);
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
        private int _order;

        public void Started(string stepName) => _steps[stepName] = New(stepName);

        public void Pages(string stepName, int pages) => _steps.AddOrUpdate(stepName, New, (_, s) => s with { Pages = pages });

        public void Finished(string stepName) =>
            _steps.AddOrUpdate(stepName, New, (_, s) => s with { Seconds = (_clock.Elapsed - s.Start).TotalSeconds });

        private Step New(string name) => new(name, Interlocked.Increment(ref _order), _clock.Elapsed, 0, null);

        public List<Step> Snapshot() => _steps.Values.OrderBy(s => s.Order).ToList();
    }

    private sealed record Step(string Name, int Order, TimeSpan Start, int Pages, double? Seconds)
    {
        public bool Done => Seconds is not null;

        public string Describe()
        {
            var pages = Pages == 0 ? "" : $", {Pages.ToString("N0", CultureInfo.InvariantCulture)} page{(Pages == 1 ? "" : "s")}";
            var time = Seconds is { } s ? $", {s.ToString("0.0", CultureInfo.InvariantCulture)} s" : "";
            return pages.Length + time.Length == 0 ? Name : $"{Name} ({(pages + time)[2..]})";
        }
    }
}
