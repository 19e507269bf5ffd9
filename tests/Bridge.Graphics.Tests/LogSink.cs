using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Bridge.Graphics.Tests;

/// <summary>Collects log events so tests can check what was logged.</summary>
internal sealed class LogSink : ILogEventSink
{
    private readonly List<LogEvent> _events = new();

    internal LogSink() => Logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(this).CreateLogger();

    internal ILogger Logger { get; }

    internal IReadOnlyList<string> Messages
    {
        get
        {
            lock (_events) return _events.Select(e => e.RenderMessage()).ToList();
        }
    }

    public void Emit(LogEvent logEvent)
    {
        lock (_events) _events.Add(logEvent);
    }
}
