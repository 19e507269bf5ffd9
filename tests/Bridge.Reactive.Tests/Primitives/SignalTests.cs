using Bridge.Reactive;

namespace Bridge.Reactive.Tests.Primitives;

public sealed class SignalTests
{
    [Fact]
    public void Value_outside_any_tracking_context_returns_the_last_write()
    {
        var s = R.Signal(1);
        s.Value = 2;
        Assert.Equal(2, s.Value);
        s.Set(3);
        Assert.Equal(3, s.Peek());
    }

    [Fact]
    public void Setting_an_equal_value_notifies_no_one()
    {
        var s = R.Signal(5);
        var runs = 0;
        using var effect = R.Effect(() =>
        {
            _ = s.Value;
            runs++;
        });

        s.Value = 5;
        Assert.False(R.HasPendingEffects);
        R.FlushEffects();
        Assert.Equal(1, runs);

        s.Value = 6;
        Assert.True(R.HasPendingEffects);
        R.FlushEffects();
        Assert.Equal(2, runs);
    }

    [Fact]
    public void Custom_comparer_decides_what_counts_as_a_change()
    {
        var s = R.Signal("abc", StringComparer.OrdinalIgnoreCase);
        var seen = new List<string>();
        using var effect = R.Effect(() => seen.Add(s.Value));

        s.Value = "ABC";
        R.FlushEffects();
        s.Value = "abd";
        R.FlushEffects();

        Assert.Equal(["abc", "abd"], seen);
    }

    [Fact]
    public void A_value_written_and_written_back_before_any_read_recomputes_nothing()
    {
        var s = R.Signal(1);
        var computes = 0;
        var m = R.Memo(() =>
        {
            computes++;
            return s.Value * 10;
        });
        Assert.Equal(10, m.Value);

        s.Value = 2;
        s.Value = 1;

        Assert.Equal(10, m.Value);
        Assert.Equal(1, computes);
    }

    [Fact]
    public void Update_applies_the_function_to_the_current_value_without_subscribing()
    {
        var s = R.Signal(10);
        var other = R.Signal(0);
        var runs = 0;
        using var effect = R.Effect(() =>
        {
            _ = other.Value;
            s.Update(v => v + 1);
            runs++;
        });

        Assert.Equal(11, s.Peek());
        s.Value = 100;
        R.FlushEffects();
        Assert.Equal(1, runs);
    }
}
