using System.Runtime.CompilerServices;
using Bridge.Reactive;

namespace Bridge.Reactive.Tests.Primitives;

public sealed class EffectTests
{
    [Fact]
    public void Effect_runs_synchronously_when_created_then_only_at_flush()
    {
        var s = R.Signal(1);
        var seen = new List<int>();
        using var effect = R.Effect(() => seen.Add(s.Value));
        Assert.Equal([1], seen);

        s.Value = 2;
        Assert.Equal([1], seen);
        Assert.True(R.HasPendingEffects);

        R.FlushEffects();
        Assert.Equal([1, 2], seen);
        Assert.False(R.HasPendingEffects);
    }

    [Fact]
    public void Cleanup_runs_before_the_next_run_and_on_disposal()
    {
        var s = R.Signal(1);
        var log = new List<string>();
        var effect = R.Effect(() =>
        {
            var v = s.Value;
            log.Add($"run {v}");
            R.OnCleanup(() => log.Add($"cleanup {v}"));
        });

        s.Value = 2;
        R.FlushEffects();
        effect.Dispose();

        Assert.Equal(["run 1", "cleanup 1", "run 2", "cleanup 2"], log);
        Assert.True(effect.IsDisposed);
    }

    [Fact]
    public void Disposed_effect_never_runs_again_even_if_already_queued()
    {
        var s = R.Signal(1);
        var runs = 0;
        var effect = R.Effect(() =>
        {
            _ = s.Value;
            runs++;
        });

        s.Value = 2;
        effect.Dispose();
        R.FlushEffects();
        s.Value = 3;
        R.FlushEffects();

        Assert.Equal(1, runs);
        Assert.False(R.HasPendingEffects);
    }

    [Fact]
    public void Disposed_effect_releases_its_links_and_is_collectable()
    {
        var s = R.Signal(1);
        var weak = CreateAndDisposeEffect(s);

        for (var i = 0; i < 3 && weak.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(weak.IsAlive);
        s.Value = 2;
        Assert.False(R.HasPendingEffects);
        GC.KeepAlive(s);
    }

    [Fact]
    public void Effect_writing_a_signal_requeues_its_dependents_in_the_same_flush()
    {
        var source = R.Signal(1);
        var doubled = R.Signal(0);
        var seen = new List<int>();
        using var writer = R.Effect(() => doubled.Value = source.Value * 2);
        using var reader = R.Effect(() => seen.Add(doubled.Value));

        source.Value = 5;
        R.FlushEffects();

        Assert.Equal([2, 10], seen);
        Assert.False(R.HasPendingEffects);
    }

    [Fact]
    public void Effect_writing_a_signal_it_reads_does_not_rerun_itself()
    {
        var counter = R.Signal(0);
        var runs = 0;
        using var effect = R.Effect(() =>
        {
            runs++;
            counter.Value = counter.Value + 1;
        });

        R.FlushEffects();
        Assert.Equal(1, runs);
        Assert.Equal(1, counter.Peek());

        counter.Value = 10;
        R.FlushEffects();
        Assert.Equal(2, runs);
        Assert.Equal(11, counter.Peek());
    }

    [Fact]
    public void Rerun_of_an_outer_effect_disposes_its_inner_effects_before_they_run()
    {
        var s = R.Signal(1);
        var log = new List<string>();
        using var outer = R.Effect(() =>
        {
            var v = s.Value;
            log.Add($"outer {v}");
            R.Effect(() =>
            {
                log.Add($"inner {v} sees {s.Value}");
                R.OnCleanup(() => log.Add($"inner {v} cleanup"));
            });
        });

        s.Value = 2;
        R.FlushEffects();

        Assert.Equal(["outer 1", "inner 1 sees 1", "inner 1 cleanup", "outer 2", "inner 2 sees 2"], log);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CreateAndDisposeEffect(Signal<int> s)
    {
        var effect = R.Effect(() => _ = s.Value);
        s.Value = 5;
        effect.Dispose();
        R.FlushEffects();
        return new WeakReference(effect);
    }
}
