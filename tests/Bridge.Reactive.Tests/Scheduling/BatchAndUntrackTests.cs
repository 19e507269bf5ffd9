using Bridge.Reactive;

namespace Bridge.Reactive.Tests.Scheduling;

public sealed class BatchAndUntrackTests
{
    [Fact]
    public void Batch_coalesces_many_writes_into_one_run_with_the_final_values()
    {
        var a = R.Signal(0);
        var b = R.Signal(0);
        var seen = new List<(int, int)>();
        using var effect = R.Effect(() => seen.Add((a.Value, b.Value)));

        R.Batch(() =>
        {
            for (var i = 1; i <= 10; i++)
            {
                a.Value = i;
                b.Value = -i;
            }
        });
        R.FlushEffects();

        Assert.Equal([(0, 0), (10, -10)], seen);
    }

    [Fact]
    public void Flush_requested_inside_a_batch_runs_when_the_outermost_batch_ends()
    {
        var a = R.Signal(0);
        var b = R.Signal(0);
        var seen = new List<(int, int)>();
        using var effect = R.Effect(() => seen.Add((a.Value, b.Value)));

        R.Batch(() =>
        {
            a.Value = 1;
            R.Batch(() =>
            {
                R.FlushEffects();
                b.Value = 2;
            });
            R.FlushEffects();
            Assert.Single(seen);
        });

        Assert.Equal([(0, 0), (1, 2)], seen);
        Assert.False(R.HasPendingEffects);
    }

    [Fact]
    public void Untracked_reads_do_not_subscribe()
    {
        var tracked = R.Signal(1);
        var untracked = R.Signal(10);
        var runs = 0;
        using var effect = R.Effect(() =>
        {
            _ = tracked.Value + R.Untrack(() => untracked.Value);
            R.Untrack(() => _ = untracked.Value);
            runs++;
        });

        untracked.Value = 20;
        R.FlushEffects();
        Assert.Equal(1, runs);

        tracked.Value = 2;
        R.FlushEffects();
        Assert.Equal(2, runs);
    }

    [Fact]
    public void Peek_does_not_subscribe()
    {
        var s = R.Signal(1);
        var m = R.Memo(() => s.Value + 1);
        var runs = 0;
        using var effect = R.Effect(() =>
        {
            _ = s.Peek() + m.Peek();
            runs++;
        });

        s.Value = 5;
        R.FlushEffects();

        Assert.Equal(1, runs);
        Assert.Equal(6, m.Value);
    }
}
