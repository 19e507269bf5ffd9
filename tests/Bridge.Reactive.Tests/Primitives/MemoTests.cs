using Bridge.Reactive;

namespace Bridge.Reactive.Tests.Primitives;

public sealed class MemoTests
{
    [Fact]
    public void Memo_computes_on_first_read_and_caches_until_a_dependency_changes()
    {
        var s = R.Signal(2);
        var computes = 0;
        var m = R.Memo(() =>
        {
            computes++;
            return s.Value * s.Value;
        });
        Assert.Equal(0, computes);

        Assert.Equal(4, m.Value);
        Assert.Equal(4, m.Peek());
        Assert.Equal(1, computes);

        s.Value = 3;
        Assert.Equal(1, computes);
        Assert.Equal(9, m.Value);
        Assert.Equal(2, computes);
    }

    [Fact]
    public void Memo_whose_value_did_not_change_stops_propagation()
    {
        var s = R.Signal(1);
        var parity = R.Memo(() => s.Value % 2);
        var downstreamComputes = 0;
        var label = R.Memo(() =>
        {
            downstreamComputes++;
            return parity.Value == 0 ? "even" : "odd";
        });
        var effectRuns = 0;
        using var effect = R.Effect(() =>
        {
            _ = label.Value;
            effectRuns++;
        });

        s.Value = 3;
        R.FlushEffects();
        s.Value = 5;
        R.FlushEffects();

        Assert.Equal(1, downstreamComputes);
        Assert.Equal(1, effectRuns);

        s.Value = 6;
        R.FlushEffects();
        Assert.Equal(2, downstreamComputes);
        Assert.Equal(2, effectRuns);
        Assert.Equal("even", label.Value);
    }

    [Fact]
    public void Memo_that_stops_reading_a_signal_stops_depending_on_it()
    {
        var useA = R.Signal(true);
        var a = R.Signal(1);
        var b = R.Signal(100);
        var computes = 0;
        var m = R.Memo(() =>
        {
            computes++;
            return useA.Value ? a.Value : b.Value;
        });
        var runs = 0;
        using var effect = R.Effect(() =>
        {
            _ = m.Value;
            runs++;
        });

        useA.Value = false;
        R.FlushEffects();
        Assert.Equal(100, m.Value);
        Assert.Equal(2, computes);

        a.Value = 2;
        Assert.False(R.HasPendingEffects);
        R.FlushEffects();
        Assert.Equal(100, m.Value);
        Assert.Equal(2, computes);
        Assert.Equal(2, runs);

        b.Value = 200;
        R.FlushEffects();
        Assert.Equal(3, computes);
        Assert.Equal(3, runs);
    }

    [Fact]
    public void Memo_that_throws_rethrows_to_readers_until_a_dependency_changes()
    {
        var s = R.Signal(-1);
        var computes = 0;
        var m = R.Memo(() =>
        {
            computes++;
            return s.Value >= 0 ? s.Value : throw new ArgumentOutOfRangeException(nameof(s), "negative");
        });

        Assert.Throws<ArgumentOutOfRangeException>(() => m.Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => m.Peek());
        Assert.Equal(1, computes);

        s.Value = 4;
        Assert.Equal(4, m.Value);
        Assert.Equal(2, computes);
    }

    [Fact]
    public void Memo_with_comparer_treats_equal_results_as_unchanged()
    {
        var s = R.Signal("Hello");
        var lower = R.Memo(() => s.Value, StringComparer.OrdinalIgnoreCase);
        var runs = 0;
        using var effect = R.Effect(() =>
        {
            _ = lower.Value;
            runs++;
        });

        s.Value = "HELLO";
        R.FlushEffects();

        Assert.Equal(1, runs);
        Assert.Equal("Hello", lower.Value);
    }

    [Fact]
    public void Memos_reading_each_other_in_a_cycle_throw_a_cycle_error_to_the_reader()
    {
        Memo<int>? b = null;
        var a = R.Memo(() => b!.Value + 1);
        b = R.Memo(() => a.Value + 1);

        var ex = Assert.Throws<InvalidOperationException>(() => a.Value);
        Assert.Contains("cycle", ex.Message);
    }
}
