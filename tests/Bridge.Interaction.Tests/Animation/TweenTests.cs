using Bridge.Interaction.Animation;

namespace Bridge.Interaction.Tests.Animation;

public sealed class TweenTests
{
    [Theory]
    [InlineData(0, 10f)]      // before the delay ends: holds the start value
    [InlineData(100, 10f)]    // delay over, progress 0
    [InlineData(200, 50f)]    // halfway, linear
    [InlineData(300, 90f)]    // done
    [InlineData(1000, 90f)]   // stays at the end value
    public void Linear_tween_with_delay_has_the_expected_value_at_clock_times(double now, float expected)
    {
        var tween = Tween.Create(10, 90, 0, 200, Easing.Linear, delayMs: 100);
        Assert.Equal(expected, tween.ValueAt(now), 3);
    }

    [Fact]
    public void Eased_tween_follows_its_curve()
    {
        var tween = Tween.Create(0, 100, 1000, 400, Easing.Ease);
        Assert.Equal(80.24f, tween.ValueAt(1200), 1);
        Assert.False(tween.IsFinished(1399));
        Assert.True(tween.IsFinished(1400));
    }

    [Fact]
    public void Zero_duration_jumps_at_its_start()
    {
        var tween = Tween.Create(0, 5, 100, 0, Easing.Linear);
        Assert.Equal(0, tween.ValueAt(99));
        Assert.Equal(5, tween.ValueAt(100));
    }

    [Fact]
    public void Interrupted_animation_continues_from_its_current_value()
    {
        var value = new AnimatedValue(0);
        value.AnimateTo(100, 0, 200, Easing.Linear);
        Assert.Equal(50, value.ValueAt(100), 3);
        value.AnimateTo(0, 100, 200, Easing.Linear);
        Assert.Equal(50, value.ValueAt(100), 3);
        Assert.Equal(25, value.ValueAt(200), 3);
        Assert.Equal(0, value.ValueAt(300), 3);
    }

    [Fact]
    public void Interruption_with_kept_velocity_is_smooth_in_value_and_speed()
    {
        var value = new AnimatedValue(0);
        value.AnimateTo(100, 0, 200, Easing.Linear);
        var speedBefore = value.Tween.VelocityAt(100);
        value.AnimateTo(300, 100, 200, Easing.EaseInOut, keepVelocity: true);
        Assert.Equal(50, value.ValueAt(100), 3);
        Assert.Equal(speedBefore, value.Tween.VelocityAt(100), 3);
        // A finite difference just after the retarget agrees with the old speed too.
        var numeric = (value.ValueAt(101) - value.ValueAt(100)) / 1f;
        Assert.Equal(speedBefore, numeric, 1);
        Assert.Equal(300, value.ValueAt(300), 3);
        Assert.Equal(0, value.Tween.VelocityAt(300));
    }

    [Fact]
    public void Interruption_without_kept_velocity_starts_at_rest()
    {
        var value = new AnimatedValue(0);
        value.AnimateTo(100, 0, 200, Easing.Linear);
        value.AnimateTo(300, 100, 200, Easing.EaseInOut);
        Assert.Equal(0, value.Tween.VelocityAt(100), 3);
    }

    [Fact]
    public void Negative_duration_and_non_finite_values_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Tween.Create(0, 1, 0, -5, Easing.Linear));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Tween.Create(0, float.NaN, 0, 5, Easing.Linear));
        Assert.Contains("NaN", e.Message);
    }
}
