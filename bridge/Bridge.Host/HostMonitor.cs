using Bridge.Engine.Frame;
using Bridge.Migration;
using Bridge.Routing;

namespace Bridge.Host;

/// <summary>Watches a started <see cref="AppHost"/> frame by frame: the page on screen, rollbacks and page errors.</summary>
/// <remarks>UI thread only. Reads the router's rollbacks and the host's errors at the end of every frame, so an observer
/// (telemetry) needs no hook inside the router, the JS driver or the script runner. Allocates nothing per frame.</remarks>
public sealed class HostMonitor : IDisposable
{
    private readonly AppHost _host;
    private int _rollbacksSeen;
    private int _errorsSeen;

    /// <summary>Starts watching; the host must be started (its router exists).</summary>
    public HostMonitor(AppHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (host.Router is null)
        {
            throw new InvalidOperationException("HostMonitor: the host has no router yet; watch a host made by AppHost.Create");
        }
        _host = host;
        host.Loop.FrameEnded += OnFrameEnded;
    }

    /// <summary>Handles the end of a frame with the page and path on screen (null page before the first navigation).</summary>
    public delegate void FrameHandler(in FrameRecord record, string? page, PagePath path);

    /// <summary>Raised after every frame, once the frame's rollbacks and errors have been raised.</summary>
    public event FrameHandler? FrameEnded;

    /// <summary>Raised for each rollback, at the end of the frame that follows it.</summary>
    public event Action<RollbackRecord>? RolledBack;

    /// <summary>Raised for each error a page reported (<see cref="AppHost.Errors"/>).</summary>
    public event Action<RunError>? ErrorReported;

    /// <summary>The frame clock's ticks per second, to convert frame records to milliseconds.</summary>
    public long TicksPerSecond => _host.Loop.Clock.Frequency;

    /// <inheritdoc/>
    public void Dispose() => _host.Loop.FrameEnded -= OnFrameEnded;

    private void OnFrameEnded(in FrameRecord record)
    {
        var current = _host.Router.Current;
        var page = current?.Page;
        var rollbacks = _host.Router.Rollbacks;
        for (; _rollbacksSeen < rollbacks.Count; _rollbacksSeen++)
        {
            RolledBack?.Invoke(rollbacks[_rollbacksSeen]);
        }
        var errors = _host.Errors;
        for (; _errorsSeen < errors.Count; _errorsSeen++)
        {
            ErrorReported?.Invoke(errors[_errorsSeen]);
        }
        FrameEnded?.Invoke(in record, page, current?.ShownPath ?? PagePath.Native);
    }
}
