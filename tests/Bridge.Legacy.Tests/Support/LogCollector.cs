using System.Collections.Concurrent;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Bridge.Legacy.Tests.Support;

/// <summary>A Serilog sink that keeps rendered messages for assertions.</summary>
internal sealed class LogCollector : ILogEventSink
{
    private readonly ConcurrentQueue<(LogEventLevel Level, string Text)> _events = new();

    public ILogger Logger { get; }

    public LogCollector() => Logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(this).CreateLogger();

    public void Emit(LogEvent logEvent) => _events.Enqueue((logEvent.Level, logEvent.RenderMessage()));

    public IReadOnlyList<string> Messages(LogEventLevel? level = null) =>
        _events.Where(e => level is null || e.Level == level).Select(e => e.Text).ToList();
}
