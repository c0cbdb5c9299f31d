using CsCheck;
using Xunit.Sdk;

namespace ReportGen.Tests.Support;

/// <summary>
/// Runs generated cases one after another from a fixed seed, so CI sees the same cases on every run, and counts
/// them. Case i is generated from seed <c>REPORTGEN_FUZZ_SEED + i</c> alone, so a failure names the seed that
/// reproduces it by itself.
/// </summary>
/// <remarks>
/// CI runs each test's small default count. To run longer by hand, set the number of cases per test and
/// optionally a new starting seed:
/// <code>REPORTGEN_FUZZ_ITERATIONS=20000 REPORTGEN_FUZZ_SEED=1 dotnet test --filter FullyQualifiedName~Reliability</code>
/// To replay one failing case: <c>REPORTGEN_FUZZ_ITERATIONS=1 REPORTGEN_FUZZ_SEED=&lt;the seed it names&gt;</c>.
/// </remarks>
internal sealed class Fuzz(ITestOutputHelper output)
{
    public const string IterationsVariable = "REPORTGEN_FUZZ_ITERATIONS";
    public const string SeedVariable = "REPORTGEN_FUZZ_SEED";
    private const ulong DefaultSeed = 20240229;
    private const uint Stream = 7;

    /// <summary>Generous: no case comes near it, so reaching it means the code under test hangs.</summary>
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(120);

    private static ulong Seed =>
        ulong.TryParse(Environment.GetEnvironmentVariable(SeedVariable), out var seed) ? seed : DefaultSeed;

    private static int Cases(int ciCases) =>
        int.TryParse(Environment.GetEnvironmentVariable(IterationsVariable), out var cases) && cases > 0 ? cases : ciCases;

    /// <summary>
    /// Checks <paramref name="ciCases"/> generated inputs (or REPORTGEN_FUZZ_ITERATIONS of them). A check that throws
    /// an assertion failure is a broken property; anything else it throws is a crash of the code under test.
    /// Prints "name: N cases, 0 crashes, 0 hangs" when every case passed.
    /// </summary>
    public void Run<T>(string name, Gen<T> gen, int ciCases, Action<T> check, Func<T, string>? describe = null)
    {
        var count = Cases(ciCases);
        for (var i = 0; i < count; i++)
        {
            var seed = Seed + (ulong)i;
            var input = gen.Generate(new PCG(Stream, seed), null, out _);
            var task = Task.Run(() => check(input));
            bool finished;
            try
            {
                finished = task.Wait(HangBound);
            }
            catch (AggregateException e) when (e.InnerException is { } inner)
            {
                var kind = inner is XunitException ? "broke a property" : "crashed";
                throw new XunitException(
                    $"{name}: case {i + 1} of {count} {kind} ({SeedVariable}={seed} {IterationsVariable}=1 replays it).\n" +
                    $"Input: {Describe(input, describe)}\n{inner}");
            }
            if (!finished)
                throw new XunitException(
                    $"{name}: case {i + 1} of {count} hangs: no result after {HangBound.TotalSeconds} s ({SeedVariable}={seed}).\n" +
                    $"Input: {Describe(input, describe)}");
        }
        output.WriteLine($"{name}: {count} cases, 0 crashes, 0 hangs (seeds {Seed}..{Seed + (ulong)count - 1})");
    }

    private static string Describe<T>(T input, Func<T, string>? describe)
    {
        var text = describe is null ? input?.ToString() ?? "null" : describe(input);
        return text.Length > 2000 ? text[..2000] + $"… ({text.Length} characters)" : text;
    }
}
