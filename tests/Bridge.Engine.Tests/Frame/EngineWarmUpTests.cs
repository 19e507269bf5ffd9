using Bridge.Engine.Frame;
using Bridge.Graphics;
using Bridge.Schema;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Engine.Tests.Frame;

public sealed class EngineWarmUpTests
{
    [Fact]
    public async Task Warm_up_runs_the_engine_on_another_thread_while_a_host_runs_its_own_frames()
    {
        using var host = new TestHost(400, 200);
        host.Mount(() => View(testId: "tile", focusable: true, focusScale: 1.1f, style: new() { Width = 100, Height = 100 })[
            Text("hello", style: new() { FontSize = 18 })]);

        var warming = Task.Run(() => EngineWarmUp.Run(new TextSystem()));
        for (var i = 0; i < 20; i++)
        {
            host.Loop.Input.Enqueue(KeyName.Right);
            host.Frame();
        }
        await warming;

        // The host's world is untouched by the other thread's throwaway one.
        Assert.Equal(3, host.World.Ecs.Count);
        Assert.Equal("tile", host.World.TryGet(host.World.FindByTestId("tile"), out Bridge.Engine.Widgets.TestId id) ? id.Value : null);
    }
}
