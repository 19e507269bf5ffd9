using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Bridge.Host;
using Bridge.Migration;
using Bridge.Routing;
using Bridge.Schema;
using Serilog;

namespace Bridge.Serve;

/// <summary>The app running live: a frame loop that drains what the preview pages asked (keys, inspector on/off), runs
/// frames while there is work, and publishes what changed (frames, the tree, each key's latency) to the
/// <see cref="PreviewHub"/>.</summary>
/// <remarks>Every access to the host happens on the thread that calls <see cref="Run"/> (the thread that created the
/// host and its GL context); sockets only <see cref="Post"/> commands. Frames are compared with the last one published and
/// encoded as JPEG off that thread (several times faster than PNG under llvmpipe), newest first: a frame superseded before its encoding started is skipped.</remarks>
internal sealed class LiveSession : IDisposable
{
    private readonly ConcurrentQueue<LoopCommand> _commands = new();
    private readonly SemaphoreSlim _wake = new(0);
    private readonly Channel<byte[]> _encode = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
    private readonly Task _encoder;
    private readonly ILogger _log;
    private readonly HashSet<long> _latencySent = [];
    private readonly Dictionary<string, Queue<string>> _batches = [];
    private byte[] _pixels = [];
    private byte[] _shown = [];
    private string? _tree;
    private string? _resources;
    private (long Images, long Textures) _resourcesVersion = (-1, -1);
    private string? _state;
    private volatile string? _build;
    private NavigationEntry? _stateEntry;
    private int _stateDepth = -1;
    private PagePath? _statePath;
    private string? _compare;
    private (string Native, string Legacy)? _compareDumps;
    private int _latencyFirstUnsent;
    private int _quietFrames;

    public LiveSession(AppHost host, ILogger log)
    {
        Host = host;
        _log = log.ForContext<LiveSession>();
        Hub = new PreviewHub(Post, _log);
        _encoder = Task.Run(EncodeFramesAsync);
        if (host.Legacy is { } legacy)
        {
            legacy.BatchSeen = OnBatch;
        }
    }

    /// <summary>Legacy batches kept per page for an inspector that opens later.</summary>
    public const int BatchesPerPage = 20;

    /// <summary>Ops of a batch sent to the bus spy; the rest are counted.</summary>
    public const int OpsShown = 200;

    /// <summary>JPEG quality of the frames sent to the preview.</summary>
    public const int JpegQuality = 90;

    /// <summary>The running app; touch it only from the loop thread.</summary>
    public AppHost Host { get; }

    /// <summary>The connected preview pages.</summary>
    public PreviewHub Hub { get; }

    /// <summary>The bundle files a reload loads (the manifest's, in load order).</summary>
    public IReadOnlyList<string> Bundles { get; init; } = [];

    /// <summary>Frames run so far.</summary>
    public long Frames { get; private set; }

    /// <summary>Asks the loop thread to do something at its next turn; any thread may call it.</summary>
    public void Post(LoopCommand command)
    {
        if (command.Kind == LoopCommandKind.Key)
        {
            // Into the host's input queue (thread-safe) at once: the key's latency counts from its arrival, not from the
            // loop's next turn.
            Host.Input.Enqueue(command.Key);
        }
        _commands.Enqueue(command);
        _wake.Release();
    }

    /// <summary>Tells the preview pages that a build of the legacy code failed (they show it until a good build); the app
    /// keeps running what it had. Any thread may call it.</summary>
    public void BuildFailed(string message) => PublishBuild(ok: false, message);

    /// <summary>Runs the app until <paramref name="stop"/> is signalled: frames while there is work or JS is busy, a wait
    /// for the next command otherwise.</summary>
    public void Run(CancellationToken stop)
    {
        var loop = Host.Loop;
        while (!stop.IsCancellationRequested)
        {
            var commanded = Drain();
            if (!commanded && !loop.HasPendingWork && Frames > 0)
            {
                if (!Host.IsJsIdle(TimeSpan.Zero))
                {
                    // JS is working on a key: wait briefly for its batch, then let a frame apply it.
                    Host.IsJsIdle(TimeSpan.FromMilliseconds(5));
                    _quietFrames = 0;
                }
                else if (_quietFrames >= 1)
                {
                    // JS handled its keys without changing the page: the quiet frame just run is their response.
                    Host.Latency.CommitUnansweredLegacy();
                    PublishLatency();
                    try
                    {
                        _wake.Wait(TimeSpan.FromMilliseconds(100), stop);
                    }
                    catch (OperationCanceledException)
                    {
                        break;
                    }
                    continue;
                }
                else
                {
                    _quietFrames++;
                }
            }
            else
            {
                _quietFrames = 0;
            }
            loop.Clock.WaitForNextFrame();
            Host.RunFrame();
            Frames++;
            PublishFrame();
            PublishState();
            PublishCompare();
            PublishTree(force: false);
            PublishResources(force: false);
            PublishLatency();
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _encode.Writer.TryComplete();
        _encoder.Wait(TimeSpan.FromSeconds(5));
        Hub.Dispose();
        Host.Dispose();
        _wake.Dispose();
    }

    // Runs what the sockets posted; true when anything was posted.
    private bool Drain()
    {
        var any = false;
        while (_commands.TryDequeue(out var command))
        {
            any = true;
            switch (command.Kind)
            {
                case LoopCommandKind.Key:
                    // Queued on arrival (Post); the command only wakes the loop for it.
                    break;
                case LoopCommandKind.Inspect:
                    command.Client!.Inspecting = command.On;
                    if (command.On)
                    {
                        PublishTree(force: true, only: command.Client);
                        PublishResources(force: true, only: command.Client);
                        foreach (var page in _batches.Values)
                        {
                            foreach (var batch in page)
                            {
                                command.Client.SendText(batch);
                            }
                        }
                    }
                    break;
                case LoopCommandKind.Reload:
                    Reload();
                    break;
                case LoopCommandKind.Path:
                    SwitchPath(command.Client!, command.Choice!);
                    break;
                case LoopCommandKind.Hello:
                    var client = command.Client!;
                    client.SendText(JsonSerializer.Serialize(new
                    {
                        type = "hello",
                        width = Host.Backend.Width,
                        height = Host.Backend.Height,
                        engine = Host.EngineName,
                    }));
                    if (_state is not null)
                    {
                        client.SendText(_state);
                    }
                    if (_build is { } build)
                    {
                        client.SendText(build);
                    }
                    // The verdict is kept only while a page watches: this one gets it fresh (a broadcast when it changed).
                    var known = _compare;
                    PublishCompare();
                    if (_compare is { } compare && ReferenceEquals(compare, known))
                    {
                        client.SendText(compare);
                    }
                    if (Hub.LastFrame is { } frame)
                    {
                        client.SendFrame(frame);
                    }
                    break;
            }
        }
        return any;
    }

    // A good build of the legacy code: the JS runtime is replaced and the legacy pages mount again in place.
    private void Reload()
    {
        try
        {
            if (Host.Legacy?.Reload(Bundles) != true)
            {
                PublishBuild(ok: false, "the legacy engine cannot reload (it did not start)");
                return;
            }
        }
        catch (IOException e)
        {
            _log.Error("watch: the rebuilt bundle could not be read; the app keeps running what it had: {Message}", e.Message);
            PublishBuild(ok: false, e.Message);
            return;
        }
        _log.Information("watch: legacy pages reloaded");
        PublishBuild(ok: true, null);
    }

    private void PublishBuild(bool ok, string? message)
    {
        var build = JsonSerializer.Serialize(new { type = "build", ok, message });
        _build = build;
        Hub.Broadcast(build);
    }

    // Reads the frame back and hands it to the encoder when it differs from the last one handed over.
    private void PublishFrame()
    {
        var backend = Host.Backend;
        var size = backend.Width * backend.Height * 4;
        if (_pixels.Length != size)
        {
            _pixels = new byte[size];
        }
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        backend.ReadPixels(_pixels);
        var same = _pixels.AsSpan().SequenceEqual(_shown);
        _log.Verbose("Frame read back and compared in {Ms:0.00} ms", System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (same)
        {
            return;
        }
        (_shown, _pixels) = (_pixels, _shown);
        _encode.Writer.TryWrite(_shown.ToArray());
    }

    private async Task EncodeFramesAsync()
    {
        var (w, h) = (Host.Backend.Width, Host.Backend.Height);
        await foreach (var pixels in _encode.Reader.ReadAllAsync())
        {
            try
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var image = Graphics.Screenshot.EncodeJpeg(pixels, w, h, JpegQuality);
                _log.Debug("Frame encoded for the preview: {Bytes} bytes JPEG in {Ms:0.0} ms", image.Length, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Hub.PublishFrame(image);
            }
            catch (Exception e)
            {
                _log.Error(e, "Could not encode a {Width}x{Height} frame for the preview", w, h);
            }
        }
    }

    private void PublishState()
    {
        var current = Host.Router.Current;
        var depth = Host.Router.Stack.Count;
        if (ReferenceEquals(current, _stateEntry) && depth == _stateDepth && current?.Path == _statePath)
        {
            return;
        }
        (_stateEntry, _stateDepth, _statePath) = (current, depth, current?.Path);
        var state = JsonSerializer.Serialize(new
        {
            type = "state",
            page = current?.Page,
            path = current is null ? null : PagePaths.ToName(current.Path),
            depth,
            paths = current is null ? null : PathChoices(current),
        });
        if (state != _state)
        {
            _state = state;
            Hub.Broadcast(state);
        }
    }

    // The paths the preview offers for the page on screen: each with whether this run can switch to it, and why not.
    private IEnumerable<object> PathChoices(NavigationEntry current)
    {
        foreach (var choice in PreviewMessage.PathChoices)
        {
            var ok = TryChoose(current.Page, choice, out var path, out var reason);
            yield return new { id = choice, ok, reason, current = ok && path == current.Path };
        }
    }

    // A preview's choice as a path the router can switch the page to; false with the reason when it cannot.
    private bool TryChoose(string page, string choice, out PagePath path, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? reason)
    {
        path = choice switch
        {
            "native" => PagePath.Native,
            "compare" => PagePath.Compare,
            _ => PagePath.Legacy,
        };
        if (choice.StartsWith("legacy-", StringComparison.Ordinal) && Host.Legacy is not null && choice["legacy-".Length..] != Host.EngineName)
        {
            // One JS engine runs per app: its legacy pages all run in it.
            reason = $"this run's JS engine is {Host.EngineName}; start it with --engine {choice["legacy-".Length..]}";
            return false;
        }
        return Host.Router.CanRun(page, path, out reason);
    }

    // The preview asked to run the page on screen on another path: it mounts again on it in place.
    private void SwitchPath(PreviewClient client, string choice)
    {
        if (Host.Router.Current is not { } current)
        {
            client.SendError("path: no page is on screen yet");
            return;
        }
        if (!TryChoose(current.Page, choice, out var path, out var reason))
        {
            client.SendError($"path: {current.Page} cannot run on {choice}: {reason}");
            return;
        }
        try
        {
            Host.Router.SwitchPath(current.Page, path);
        }
        catch (Exception e)
        {
            // A page that fails to mount on the chosen path leaves the one that ran; the app goes on.
            _log.Error(e, "serve: switching {Page} to {Path} failed", current.Page, choice);
            client.SendError($"path: {current.Page} on {choice} failed: {e.Message}");
        }
    }

    // On the compare path, the verdict of the shown native tree against the legacy one in the shadow, when either changed.
    private void PublishCompare()
    {
        if (Hub.Count == 0)
        {
            // Nobody watches: the trees are dumped again once a page connects.
            _compareDumps = null;
            return;
        }
        var current = Host.Router.Current;
        string message;
        if (current is { Path: PagePath.Compare, ShadowRoot: { } shadow })
        {
            var native = Engine.Dump.TreeDump.ToJson(Host.World, Engine.Ecs.EntityIds.Unpack(current.Root.Id));
            var legacy = Engine.Dump.TreeDump.ToJson(Host.World, Engine.Ecs.EntityIds.Unpack(shadow.Id));
            if (_compareDumps == (native, legacy))
            {
                return;
            }
            _compareDumps = (native, legacy);
            message = CompareVerdict(current.Page, native, legacy);
        }
        else
        {
            _compareDumps = null;
            message = JsonSerializer.Serialize(new { type = "compare", page = (string?)null });
        }
        if (message != _compare)
        {
            _compare = message;
            Hub.Broadcast(message);
        }
    }

    /// <summary>The compare message for a page's two trees (the roots' own fields aside: the shadow's is transparent, and
    /// focus aside: the shadow never takes it).</summary>
    internal static string CompareVerdict(string page, string nativeDump, string legacyDump)
    {
        static TreeNode Content(string json, string side)
        {
            var root = TreeDumpFile.Parse(json, side);
            return new TreeNode("view", 0, 0, 0, 0) { Children = root.Children };
        }
        var result = TreeDiff.Compare(Content(nativeDump, "native"), Content(legacyDump, "legacy"), focus: false);
        return JsonSerializer.Serialize(new
        {
            type = "compare",
            page,
            matches = result.Matches,
            nativeNodes = result.NativeNodes - 1,
            legacyNodes = result.LegacyNodes - 1,
            differing = result.DifferingNodes,
            first = result.First,
        }, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
    }

    // The screen's tree as the engine dumps it, to the pages whose inspector is open, when it changed.
    private void PublishTree(bool force, PreviewClient? only = null)
    {
        if (!force && !Hub.AnyInspecting)
        {
            return;
        }
        var tree = Engine.Dump.TreeDump.ToJson(Host.World);
        if (!force && tree == _tree)
        {
            return;
        }
        _tree = tree;
        var message = $"{{\"type\":\"tree\",\"tree\":{tree}}}";
        if (only is not null)
        {
            only.SendText(message);
        }
        else
        {
            Hub.Broadcast(message, inspectingOnly: true);
        }
    }

    // The resource view: images and their memory, the texture pages, the budget and the evictions, to the pages whose
    // inspector is open, when the resource system or the backend's textures changed.
    private void PublishResources(bool force, PreviewClient? only = null)
    {
        if (!force && !Hub.AnyInspecting)
        {
            return;
        }
        var gles = Host.Backend as Graphics.GlesRenderBackend;
        var version = (Host.Resources.Version, gles?.TexturesVersion ?? 0);
        if (!force && version == _resourcesVersion)
        {
            return;
        }
        _resourcesVersion = version;
        var message = ResourceView.ToJson(Host.World.SnapshotResources()!, gles?.TexturePages ?? []);
        if (!force && message == _resources)
        {
            return;
        }
        _resources = message;
        if (only is not null)
        {
            only.SendText(message);
        }
        else
        {
            Hub.Broadcast(message, inspectingOnly: true);
        }
    }

    // The bus spy: each legacy batch with its ops and verdict, kept per page and sent to the open inspectors.
    private void OnBatch(BusBatchRecord batch)
    {
        var page = batch.Page ?? $"root {batch.PageRoot}";
        var shown = batch.Ops.Count > OpsShown + 1 ? batch.Ops.Take(OpsShown + 1).Append($"… {batch.Ops.Count - OpsShown - 1} more ops") : batch.Ops;
        var message = JsonSerializer.Serialize(new
        {
            type = "bus",
            page,
            pageRoot = batch.PageRoot,
            revision = batch.Revision,
            status = batch.Status,
            reason = batch.Reason,
            ops = shown,
        });
        if (!_batches.TryGetValue(page, out var kept))
        {
            _batches[page] = kept = new Queue<string>(BatchesPerPage);
        }
        if (kept.Count == BatchesPerPage)
        {
            kept.Dequeue();
        }
        kept.Enqueue(message);
        Hub.Broadcast(message, inspectingOnly: true);
    }

    // Each key's latency, once its response was presented.
    private void PublishLatency()
    {
        var events = Host.Latency.Recorder.Events;
        for (var i = _latencyFirstUnsent; i < events.Length; i++)
        {
            ref readonly var e = ref events[i];
            if (e.IsPresented && _latencySent.Add(e.Id))
            {
                Hub.Broadcast(JsonSerializer.Serialize(new
                {
                    type = "latency",
                    id = e.Id,
                    key = KeyNames.ToJs(e.Key),
                    page = e.Page,
                    path = PagePaths.ToName(e.Path),
                    engine = e.Engine,
                    committedMs = Math.Round(e.CommittedMs, 2),
                    presentMs = Math.Round(e.PresentMs, 2),
                }));
            }
        }
        while (_latencyFirstUnsent < events.Length && events[_latencyFirstUnsent].IsPresented)
        {
            _latencySent.Remove(events[_latencyFirstUnsent].Id);
            _latencyFirstUnsent++;
        }
    }
}

/// <summary>What a preview page asks the loop thread to do.</summary>
internal enum LoopCommandKind
{
    /// <summary>Press a remote key.</summary>
    Key,

    /// <summary>Open or close the page's inspector.</summary>
    Inspect,

    /// <summary>A page connected: send it the viewport, the state and the last frame.</summary>
    Hello,

    /// <summary>The legacy bundles were rebuilt (<c>serve --watch</c>): load them and mount the legacy pages again.</summary>
    Reload,

    /// <summary>Run the page on screen on another path (<see cref="LoopCommand.Choice"/>).</summary>
    Path,
}

/// <summary>One request from a preview page, run on the loop thread.</summary>
internal readonly record struct LoopCommand(LoopCommandKind Kind, PreviewClient? Client = null, KeyName Key = default, bool On = false, string? Choice = null);
