using Bridge.Routing;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Bridge.Routing.Tests;

/// <summary>A page host and page implementations that write every call into one ordered log.</summary>
internal sealed class RecordingHost : IPageHost, ILegacyPageDriver
{
    private long _nextRoot = 1;

    public List<string> Calls { get; } = [];

    public HashSet<string> LegacyPages { get; } = new(StringComparer.Ordinal);

    public long? VisibleRoot { get; private set; }

    public List<RecordingPage> Pages { get; } = [];

    public IPageRoot CreateRoot(string page, PageRole role)
    {
        var root = new Root(this, _nextRoot++);
        Calls.Add($"create {root.Id} {page} {role}");
        return root;
    }

    public void Swap(IPageRoot? previous, IPageRoot next)
    {
        Calls.Add($"swap {previous?.Id.ToString() ?? "-"} -> {next.Id}");
        VisibleRoot = next.Id;
    }

    public bool HasPage(string legacyName) => LegacyPages.Contains(legacyName);

    public IPageInstance Mount(IPageRoot root, string legacyName, PageContext context) => MountPage(root, "legacy:" + legacyName, context);

    public NativePageFactory Native(string name, Action<PageContext>? onMount = null) => (root, context) =>
    {
        onMount?.Invoke(context);
        return MountPage(root, "native:" + name, context);
    };

    public RecordingPage Page(long rootId) => Pages.Single(p => p.RootId == rootId);

    private RecordingPage MountPage(IPageRoot root, string what, PageContext context)
    {
        Calls.Add($"mount {root.Id} {what}");
        var page = new RecordingPage(this, root.Id, what, context);
        Pages.Add(page);
        return page;
    }

    private sealed class Root(RecordingHost host, long id) : IPageRoot
    {
        public long Id { get; } = id;

        public void Dispose() => host.Calls.Add($"dispose root {Id}");
    }
}

/// <summary>A mounted page that records focus moves, results and its unmount.</summary>
internal sealed class RecordingPage(RecordingHost host, long rootId, string what, PageContext context) : IPageInstance
{
    public long RootId { get; } = rootId;

    public string What { get; } = what;

    public PageContext Context { get; } = context;

    public PageParams Params => Context.Params;

    public string? FocusedTestId { get; set; }

    public HashSet<string> TestIds { get; } = ["tile-1", "tile-2", "tile-3"];

    public List<PageParams> Results { get; } = [];

    public bool Disposed { get; private set; }

    public bool RestoreFocus(string testId)
    {
        host.Calls.Add($"focus {RootId} {testId}");
        if (!TestIds.Contains(testId))
        {
            return false;
        }
        FocusedTestId = testId;
        return true;
    }

    public bool ThrowOnResult { get; set; }

    public void ReceiveResult(PageParams result)
    {
        host.Calls.Add($"result {RootId}");
        if (ThrowOnResult)
        {
            throw new InvalidOperationException("result handler failed");
        }
        Results.Add(result);
    }

    public void Dispose()
    {
        host.Calls.Add($"unmount {RootId}");
        Disposed = true;
    }
}

/// <summary>A Serilog sink keeping events in memory.</summary>
internal sealed class ListSink : ILogEventSink
{
    public List<LogEvent> Events { get; } = [];

    public void Emit(LogEvent logEvent) => Events.Add(logEvent);

    public ILogger Logger() => new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(this).CreateLogger();
}
