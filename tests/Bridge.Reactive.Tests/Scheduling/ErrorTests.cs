using Bridge.Reactive;

namespace Bridge.Reactive.Tests.Scheduling;

public sealed class ErrorTests
{
    [Fact]
    public void Effect_error_reaches_the_owner_handler_and_other_effects_keep_running()
    {
        var s = R.Signal(1);
        var errors = new List<Exception>();
        var healthy = new List<int>();
        using var root = R.CreateOwner();
        root.OnError = errors.Add;
        root.Run(() =>
        {
            R.Effect(() =>
            {
                if (s.Value == 2)
                {
                    throw new InvalidOperationException("boom at 2");
                }
            });
            R.Effect(() => healthy.Add(s.Value));
        });

        s.Value = 2;
        R.FlushEffects();
        s.Value = 3;
        R.FlushEffects();

        var error = Assert.Single(errors);
        Assert.Equal("boom at 2", error.Message);
        Assert.Equal([1, 2, 3], healthy);
    }

    [Fact]
    public void Error_goes_to_the_nearest_ancestor_owner_with_a_handler()
    {
        var errors = new List<string>();
        using var root = R.CreateOwner();
        root.OnError = e => errors.Add("root: " + e.Message);
        root.Run(() =>
        {
            var child = R.CreateOwner();
            child.Run(() => R.Effect(() => throw new FormatException("first run")));
        });

        Assert.Equal(["root: first run"], errors);
    }

    [Fact]
    public void Unhandled_effect_error_is_rethrown_from_flush_after_the_queue_drained()
    {
        var s = R.Signal(0);
        var after = new List<int>();
        using var failing = R.Effect(() =>
        {
            if (s.Value > 0)
            {
                throw new InvalidOperationException("unhandled");
            }
        });
        using var healthy = R.Effect(() => after.Add(s.Value));

        s.Value = 1;
        var ex = Assert.Throws<InvalidOperationException>(R.FlushEffects);

        Assert.Equal("unhandled", ex.Message);
        Assert.Equal([0, 1], after);
        Assert.False(R.HasPendingEffects);
    }

    [Fact]
    public void Unhandled_error_in_first_run_is_thrown_from_R_Effect_and_the_effect_is_disposed()
    {
        var s = R.Signal(0);
        Assert.Throws<InvalidOperationException>(() => R.Effect(() =>
        {
            _ = s.Value;
            throw new InvalidOperationException("first");
        }));

        s.Value = 1;
        Assert.False(R.HasPendingEffects);
    }

    [Fact]
    public void Runaway_effect_loop_is_reported_to_the_owner_instead_of_hanging()
    {
        var ping = R.Signal(0);
        var pong = R.Signal(0);
        var errors = new List<Exception>();
        using var root = R.CreateOwner();
        root.OnError = errors.Add;
        root.Run(() =>
        {
            R.Effect(() => pong.Value = ping.Value + 1);
            R.Effect(() => ping.Value = pong.Value + 1);
        });

        R.FlushEffects();

        var loop = Assert.IsType<ReactiveLoopException>(Assert.Single(errors));
        Assert.Contains("more than 100 times", loop.Message);
        Assert.False(R.HasPendingEffects);
    }

    [Fact]
    public void Effect_reading_a_failing_memo_reruns_once_the_memo_recovers()
    {
        var s = R.Signal(0);
        var inverse = R.Memo(() => 100 / s.Value);
        var seen = new List<int>();
        var errors = new List<Exception>();
        using var root = R.CreateOwner();
        root.OnError = errors.Add;
        root.Run(() => R.Effect(() => seen.Add(inverse.Value)));

        s.Value = 4;
        R.FlushEffects();

        Assert.IsType<DivideByZeroException>(Assert.Single(errors));
        Assert.Equal([25], seen);
    }
}
