using System.Diagnostics.Tracing;

namespace ReportGen.Benchmarks;

/// <summary>
/// The types a run allocates most of, from the runtime's allocation ticks (one event per ~100 KB allocated, naming
/// the type whose allocation crossed it): a sample, so the shares are estimates, but it needs no profiler.
/// </summary>
internal sealed class AllocationTypes : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytes = [];
    private readonly Lock _gate = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || e.Payload is null) return;
        var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        lock (_gate) _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
    }

    public void Print(TextWriter output, int top = 30)
    {
        lock (_gate)
        {
            var total = _bytes.Values.Sum();
            output.WriteLine($"allocation ticks: {total / 1048576.0:0} MB sampled");
            foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(top))
                output.WriteLine($"  {bytes / 1048576.0,8:0} MB  {100.0 * bytes / total,5:0.0} %  {type}");
        }
    }
}
