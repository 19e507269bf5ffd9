using System.Diagnostics;
using Bridge.Engine.Frame;

namespace Bridge.Engine.Tests.Frame;

public sealed class SteppedClockTests
{
    [Fact]
    public void Each_frame_advances_virtual_time_by_one_period_after_the_barrier_whatever_the_wall_clock_does()
    {
        var clock = new SteppedClock(60);
        var seen = new List<long>();
        clock.Barrier = () =>
        {
            seen.Add(clock.Now);
            Thread.Sleep(20); // longer than a frame: the virtual time must not notice
        };
        var start = clock.Now;
        for (var i = 0; i < 3; i++)
        {
            clock.WaitForNextFrame();
        }
        Assert.Equal(Stopwatch.Frequency / 60, clock.Period);
        Assert.Equal(start + 3 * clock.Period, clock.Now);
        Assert.Equal([start, start + clock.Period, start + 2 * clock.Period], seen);
        Assert.Equal(3, clock.Steps);
        Assert.Equal("stepped", clock.Mode);
        Assert.Equal(Stopwatch.Frequency, clock.Frequency);
    }

    [Fact]
    public void A_frame_rate_outside_the_range_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SteppedClock(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SteppedClock(double.NaN));
    }
}
