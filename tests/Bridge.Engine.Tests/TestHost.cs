using Bridge.Engine.Compose;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Graphics;

namespace Bridge.Engine.Tests;

/// <summary>A headless engine for tests: a world, a composer and a frame loop on a manual clock and the null backend.</summary>
internal sealed class TestHost : IDisposable
{
    public TestHost(int width = 1280, int height = 720)
    {
        // One text system per host: it is single-threaded and xunit runs test classes in parallel.
        World = new UiWorld(new TextSystem());
        Composer = new Composer(World);
        Clock = new ManualClock();
        Backend = new NullRenderBackend(width, height);
        Loop = new FrameLoop(World, Clock, Backend, width, height);
    }

    public UiWorld World { get; }
    public Composer Composer { get; }
    public ManualClock Clock { get; }
    public NullRenderBackend Backend { get; }
    public FrameLoop Loop { get; }

    public MountedTree Mount(Func<Node> page) => Composer.Mount(page, World.ScreenRoot);

    public void Frame()
    {
        Clock.WaitForNextFrame();
        Loop.RunFrame();
    }

    public void Dispose() => Backend.Dispose();
}
