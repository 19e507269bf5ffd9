using Bridge.Engine.Frame;
using Bridge.Migration;
using Bridge.Routing;

namespace Bridge.Host;

/// <summary>Watches a started <see cref="AppHost"/> frame by frame: the page on screen, rollbacks, and errors the legacy
/// side reports, each attributed to the page on screen when the frame that saw it ended.</summary>
/// <remarks>UI thread only. Reads the router's rollbacks and the legacy side's errors at the end of every frame, so an
/// observer (the run report, telemetry) needs no hook inside the router, the JS driver or the script runner.</remarks>
public sealed class HostMonitor : IDisposable
{
    private readonly AppHost _host;
    private readonly List<PageError> _errors = [];
    private int _rollbacksSeen;
    private int _errorsSeen;

    /// <summary>Starts watching; the host must be started (its router exists).</summary>
    public HostMonitor(AppHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (host.Router is null)
        {
            throw new InvalidOperationException("HostMonitor: start the host (AppHost.Start) before watching it");
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

    /// <summary>Raised for each error the legacy side reported.</summary>
    public event Action<PageError>? ErrorReported;

    /// <summary>Every error seen so far, oldest first.</summary>
    public IReadOnlyList<PageError> Errors => _errors;

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
        if (_host.Legacy is { } legacy)
        {
            var errors = legacy.Errors;
            for (; _errorsSeen < errors.Count; _errorsSeen++)
            {
                var error = new PageError(page, errors[_errorsSeen], DateTimeOffset.Now);
                _errors.Add(error);
                ErrorReported?.Invoke(error);
            }
        }
        FrameEnded?.Invoke(in record, page, current?.ShownPath ?? PagePath.Native);
    }
}
