namespace Bridge.Host;

/// <summary>Keeps a started host running live until it is told to stop: whatever feeds the input queue (a window's keyboard,
/// a remote) drives the app, and every key is measured as a script's are.</summary>
/// <remarks>UI thread only. A frame runs, paced by the frame clock (a window's clock follows its display), whenever there is
/// work (input, effects, layout, resources, animation, a JS batch) or the output needs one (a window was uncovered);
/// otherwise the loop waits for input up to one refresh period, so an idle app costs next to nothing. A key a legacy page
/// handled without changing anything is committed by one frame run once JS went idle, as a script's idle step does.
/// Manifest latency budgets are not enforced here.</remarks>
public sealed class LiveLoop(AppHost host)
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1 / 60.0);

    /// <summary>Waits up to the given time for outside input (a window waits for its events); by default, sleeps.</summary>
    public Action<TimeSpan> WaitForInput { get; init; } = Thread.Sleep;

    /// <summary>True when the output needs a frame though the app has no work (a window's content was damaged).</summary>
    public Func<bool> NeedsFrame { get; init; } = () => false;

    /// <summary>Frames run so far.</summary>
    public long Frames { get; private set; }

    /// <summary>Runs until <paramref name="stop"/> is signalled.</summary>
    public void Run(CancellationToken stop)
    {
        var loop = host.Loop;
        while (!stop.IsCancellationRequested)
        {
            if (loop.HasPendingWork || NeedsFrame())
            {
                Frame();
            }
            else if (host.Latency.HasPendingLegacy && host.IsJsIdle(TimeSpan.Zero) && !loop.HasPendingWork)
            {
                // JS handled these keys without changing the page: this frame is their response.
                Frame();
                host.Latency.CommitUnansweredLegacy();
            }
            else
            {
                WaitForInput(host.Latency.HasPendingLegacy ? TimeSpan.FromMilliseconds(1) : Period);
            }
        }
    }

    private void Frame()
    {
        host.Loop.Clock.WaitForNextFrame();
        host.RunFrame();
        Frames++;
    }
}
