using Bridge.Interaction.Input;
using Bridge.Schema;

namespace Bridge.Interaction.Tests.Input;

public sealed class KeyRepeatThrottleTests
{
    [Fact]
    public void First_press_passes_and_repeats_wait_for_the_first_delay_then_the_interval()
    {
        var throttle = new KeyRepeatThrottle(250, 100);
        Assert.True(throttle.KeyDown(KeyName.Down, 1000));
        Assert.False(throttle.KeyDown(KeyName.Down, 1100));
        Assert.False(throttle.KeyDown(KeyName.Down, 1249));
        Assert.True(throttle.KeyDown(KeyName.Down, 1250));
        Assert.False(throttle.KeyDown(KeyName.Down, 1300));
        Assert.True(throttle.KeyDown(KeyName.Down, 1350));
    }

    [Fact]
    public void Another_key_is_a_new_press_that_always_passes()
    {
        var throttle = new KeyRepeatThrottle(250, 100);
        Assert.True(throttle.KeyDown(KeyName.Down, 0));
        Assert.True(throttle.KeyDown(KeyName.Right, 10));
        Assert.Equal(KeyName.Right, throttle.Held);
        Assert.False(throttle.KeyDown(KeyName.Right, 20));
    }

    [Fact]
    public void Key_up_of_another_key_keeps_the_hold()
    {
        var throttle = new KeyRepeatThrottle(250, 100);
        throttle.KeyDown(KeyName.Down, 0);
        throttle.KeyUp(KeyName.Left);
        Assert.False(throttle.KeyDown(KeyName.Down, 10));
        throttle.KeyUp(KeyName.Down);
        Assert.True(throttle.KeyDown(KeyName.Down, 20));
    }

    [Fact]
    public void Negative_delay_is_rejected_with_its_name()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new KeyRepeatThrottle(-1, 100));
        Assert.Equal("firstRepeatDelayMs", e.ParamName);
    }
}
