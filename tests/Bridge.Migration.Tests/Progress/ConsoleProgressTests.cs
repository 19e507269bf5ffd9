namespace Bridge.Migration.Tests.Progress;

public sealed class ConsoleProgressTests
{
    [Fact]
    public void Prints_the_first_step_then_at_most_once_per_interval_and_always_the_last()
    {
        var time = new ManualTime();
        var output = new StringWriter();
        var progress = new ConsoleProgress(output, TimeSpan.FromSeconds(1), time);

        progress.Report(1, 40, "navigate home");
        time.Advance(TimeSpan.FromMilliseconds(400));
        progress.Report(2, 40, "key right x3");
        time.Advance(TimeSpan.FromMilliseconds(700));
        progress.Report(3, 40, "idle");
        time.Advance(TimeSpan.FromMilliseconds(10));
        progress.Report(40, 40, "dump home-1");

        Assert.Equal(
        [
            "[ 1/40]   3% navigate home (0.0 s elapsed, about 0.0 s left)",
            "[ 3/40]   8% idle (1.1 s elapsed, about 13.6 s left)",
            "[40/40] 100% dump home-1 (1.1 s elapsed, about 0.0 s left)",
        ], output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Step_count_beyond_the_total_is_rejected()
    {
        var progress = new ConsoleProgress(new StringWriter());
        Assert.Throws<ArgumentOutOfRangeException>(() => progress.Report(5, 4, "x"));
    }
}
