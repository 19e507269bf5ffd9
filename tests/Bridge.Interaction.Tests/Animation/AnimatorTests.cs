using Bridge.Interaction.Animation;

namespace Bridge.Interaction.Tests.Animation;

public sealed class AnimatorTests
{
    [Fact]
    public void Step_updates_running_values_and_settles_finished_ones()
    {
        var clock = AnimationClock.Manual();
        var animator = new Animator(2);
        var a = animator.Start(0, 100, clock.NowMs, 100, Easing.Linear);
        var b = animator.Start(10, 20, clock.NowMs, 300, Easing.Linear, delayMs: 100);
        var c = animator.Start(1, 2, clock.NowMs, 50, Easing.Linear);
        Assert.Equal(3, animator.RunningCount);

        clock.Advance(60);
        animator.Step(clock.Tick());
        Assert.Equal(60, animator.Value(a), 3);
        Assert.Equal(10, animator.Value(b), 3);
        Assert.Equal(2, animator.Value(c), 3);
        Assert.False(animator.IsRunning(c));
        Assert.Equal(2, animator.RunningCount);

        clock.Advance(190);
        animator.Step(clock.Tick());
        Assert.Equal(100, animator.Value(a));
        Assert.Equal(15, animator.Value(b), 3);
        Assert.Equal(1, animator.RunningCount);
    }

    [Fact]
    public void Retarget_starts_from_the_current_value_and_restarts_a_finished_animation()
    {
        var animator = new Animator();
        var h = animator.Start(0, 100, 0, 100, Easing.Linear);
        animator.Step(50);
        animator.Retarget(h, 0, 50, 100, Easing.Linear);
        Assert.Equal(50, animator.Value(h), 3);
        animator.Step(100);
        Assert.Equal(25, animator.Value(h), 3);
        animator.Step(500);
        Assert.False(animator.IsRunning(h));
        animator.Retarget(h, 10, 500, 100, Easing.Linear);
        Assert.True(animator.IsRunning(h));
        animator.Step(550);
        Assert.Equal(5, animator.Value(h), 3);
    }

    [Fact]
    public void Released_handle_is_stale_and_its_slot_is_reused()
    {
        var animator = new Animator();
        var h = animator.Start(0, 1, 0, 10, Easing.Linear);
        animator.Release(h);
        var e = Assert.Throws<InvalidOperationException>(() => animator.Value(h));
        Assert.Contains($"{h.Index}/{h.Generation}", e.Message);
        var again = animator.Start(0, 1, 0, 10, Easing.Linear);
        Assert.Equal(h.Index, again.Index);
        Assert.NotEqual(h.Generation, again.Generation);
        Assert.Equal(1, animator.RunningCount);
    }

    [Fact]
    public void Stepping_a_thousand_animations_allocates_nothing()
    {
        var animator = new Animator(8);
        var handles = new AnimationHandle[1000];
        for (var i = 0; i < handles.Length; i++)
        {
            handles[i] = animator.Start(0, i, 0, 10_000, Easing.EaseInOut);
        }
        animator.Step(1);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var frame = 2; frame < 100; frame++)
        {
            animator.Step(frame * 16.7);
            animator.Retarget(handles[frame], 0, frame * 16.7, 200, Easing.EaseOut, keepVelocity: true);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        // Retargets at frames 2..87 (200 ms long) have ended by frame 99; the other 914 still run.
        Assert.Equal(914, animator.RunningCount);
    }

    [Fact]
    public void Manual_clock_moves_only_when_advanced_and_realtime_clock_refuses_advance()
    {
        var manual = AnimationClock.Manual(5);
        Assert.Equal(5, manual.Tick());
        manual.Advance(10);
        Assert.Equal(15, manual.Tick());
        Assert.Throws<ArgumentOutOfRangeException>(() => manual.Advance(-1));
        var realtime = AnimationClock.Realtime();
        Assert.Throws<InvalidOperationException>(() => realtime.Advance(1));
        Assert.True(realtime.Tick() >= 0);
    }
}
