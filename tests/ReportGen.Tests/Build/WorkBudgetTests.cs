using System.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Tests.Build;

/// <summary>
/// The template and writer time limits count processor time, so that a loaded machine, which slows a build down
/// without making it do more, does not stop it; a task that waits without working is still stopped by the clock.
/// </summary>
public sealed class WorkBudgetTests
{
    [Fact]
    public void Waiting_does_not_spend_a_budget_of_processor_time()
    {
        using var budget = new WorkBudget(TimeSpan.FromSeconds(60));

        Thread.Sleep(300);

        Assert.False(budget.IsSpent);
        Assert.False(budget.Token.IsCancellationRequested);
    }

    [Fact]
    public void Working_spends_it_and_cancels_the_token_before_the_clock_would()
    {
        var limit = TimeSpan.FromMilliseconds(300);
        using var budget = new WorkBudget(limit);
        var clock = Stopwatch.StartNew();
        var spins = 0L;

        while (!budget.Token.IsCancellationRequested && clock.Elapsed < limit * WorkBudget.StallFactor) spins++;

        Assert.True(spins > 0);
        Assert.True(budget.Token.IsCancellationRequested);
        Assert.True(clock.Elapsed < limit * WorkBudget.StallFactor, $"stopped by the clock after {clock.Elapsed}, not by the work");
    }

    [Fact]
    public void A_task_that_waits_past_the_stall_factor_is_stopped_by_the_clock()
    {
        using var budget = new WorkBudget(TimeSpan.FromMilliseconds(20));

        Thread.Sleep(20 * WorkBudget.StallFactor + 100);

        Assert.True(budget.IsSpent);
    }

    [Fact]
    public void A_budget_of_nothing_is_spent_at_once()
    {
        using var budget = new WorkBudget(TimeSpan.Zero);

        Assert.True(budget.IsSpent);
        Assert.True(budget.Token.IsCancellationRequested);
    }
}
