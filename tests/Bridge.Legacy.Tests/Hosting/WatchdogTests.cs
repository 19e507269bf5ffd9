using Bridge.Legacy.Channels;
using Bridge.Legacy.Engines;
using Bridge.Legacy.Tests.Support;

namespace Bridge.Legacy.Tests.Hosting;

/// <summary>A hung handler is interrupted and the engine keeps serving other pages.</summary>
public sealed class WatchdogTests
{
    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public async Task Hung_handler_is_interrupted_and_reported(string engine)
    {
        var logs = new LogCollector();
        using var js = EngineFixture.Start(engine, new LegacyEngineOptions
        {
            Logger = logs.Logger,
            // Long enough for a first render in Jint on a loaded 2-core machine, short enough for a test.
            HandlerTimeout = TimeSpan.FromSeconds(3),
            DataService = EngineFixture.CreateData(),
        });
        await js.Ready.WaitAsync(TimeSpan.FromSeconds(60));
        var page = new PageDriver(js, 1);
        page.Mount("hang");

        page.Press("hang");

        var error = Assert.Single(page.Commands(), c => c.Kind == LegacyCommandKind.Error);
        Assert.Contains("interrupted", error.Text);
        Assert.Equal(1, js.Stats.Interrupts);
        var other = new PageDriver(js, 2);
        other.Mount("list");
        Assert.Equal(4, other.Tree.ByTestId("list").Children.Count);
    }
}
