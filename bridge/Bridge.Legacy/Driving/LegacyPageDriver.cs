using Bridge.Bus.Events;
using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Host;
using Bridge.Legacy.Applying;
using Bridge.Legacy.Channels;
using Bridge.Legacy.Hosting;
using Bridge.Routing;
using Bridge.Schema;
using Serilog;

namespace Bridge.Legacy.Driving;

/// <summary>Runs legacy pages for the router: mounts them on page roots, feeds them input and applies their batches.</summary>
/// <remarks>UI thread only. Each frame, <see cref="ApplySystem"/> advances JS timers, applies at most one batch per page
/// root (all or nothing) and carries out the control requests JS sent (navigate, back, focus). Keys reach JS through
/// <see cref="ForwardKey"/>; JS bubbles <c>onKey</c> and turns select into <c>onPress</c> itself. When the input system
/// reaches a JS node with <c>onKey</c>, the key is held back from native routing (the handler counts as consuming it)
/// until JS says, with a <c>KeyHandled</c> op, whether a handler consumed it; a key JS did not consume is then handed to
/// <see cref="UnconsumedKey"/> (the host moves focus for it), in the frame whose apply stage sees the verdict. The UI
/// thread polls JS once per frame; it waits only in a frame whose input stage sent JS a key, and then at most
/// <see cref="AnswerWait"/>, so that the frame applies the key's response.
/// <para>A page that faults is torn down and shows a <see cref="FaultView"/>: a rejected batch faults its page, and when
/// the engine stops its runtime (a hang, the heap cap, a crash) the page whose code ran is faulted while every other
/// page is mounted again in a fresh runtime, with its params and focus. <see cref="Faults"/> records all of it.</para></remarks>
public sealed class LegacyPageDriver : ILegacyPageDriver, IDisposable
{
    // Forwarded keys whose verdict nobody asked for yet; older ones are dropped (their keys reached no JS onKey).
    private const int MaxForwarded = 64;
    private bool _keyForwarded;
    // True while RunFrame applies what arrived in a frame that waits for JS's answer: focus and blur events posted then are
    // answered in the same frame.
    private bool _answering;
    private readonly ILegacyEngine _engine;
    private readonly UiWorld _world;
    private readonly ILogger _log;
    private readonly OpApplier _applier;
    private readonly LegacyBatchPump _pump;
    private readonly List<LegacyPageInstance> _mounted = [];
    private readonly List<AppliedCause> _appliedCauses = [];
    private readonly EventBatch _events = new();
    private readonly Queue<(uint Id, long Posted)> _forwarded = new();
    private readonly Func<KeyEvent, bool> _jsOnKey;
    private readonly Func<KeyEvent, bool> _rootOnKey;
    private readonly List<(KeyEvent Key, long Posted, long Since)> _held = [];
    // Measure requests waiting for a layout, with the frames they have waited (a node whose batch is still queued
    // is looked for again for a few frames before the request is answered as not on screen).
    private readonly List<(MeasureRequest Request, int Frames)> _measures = [];
    private const int MeasureRetryFrames = 8;
    private readonly List<PageFault> _faults = [];
    private bool _runtimeAnswersKeys = true;
    private bool _verdictSeen;
    private int _remounting;
    private uint _nextRoot;
    private uint _currentEvent;
    // The move of a requestFocus being carried out whose onBlur and onFocus JS already ran: the host's own events for it
    // are not sent again.
    private FocusMove? _told;
    private INavigator? _navigator;

    /// <summary>Creates a driver over a started engine and the world pages render into.</summary>
    public LegacyPageDriver(ILegacyEngine engine, UiWorld world, ILogger? log = null)
    {
        _engine = engine ?? throw new ArgumentNullException(nameof(engine));
        _world = world ?? throw new ArgumentNullException(nameof(world));
        _log = (log ?? Serilog.Core.Logger.None).ForContext<LegacyPageDriver>();
        _applier = new OpApplier(world, log, MakeHandler);
        _pump = new LegacyBatchPump(engine, _applier, log);
        ApplySystem = new ApplyStage(this);
        _jsOnKey = VerdictOf;
        // A page's container holds a key for JS's verdict when no node has focus (JS key listeners and JS focus see
        // it), and back always: a JS back handler (React Native's BackHandler) may consume it.
        _rootOnKey = key => (_world.Focused.IsNull || key.Key == KeyName.Back) && VerdictOf(key);
        KeyVerdictTimeout = engine.HandlerTimeout + TimeSpan.FromSeconds(1);
    }

    /// <summary>Longest a key is held back waiting for JS's verdict; past it the key is dropped (never routed natively:
    /// a move that late would surprise more than a lost key) and a warning is logged.</summary>
    /// <remarks>Defaults to the engine's watchdog timeout plus a second: a hung handler is interrupted before this ends,
    /// and JS then answers the key as not consumed or not at all.</remarks>
    public TimeSpan KeyVerdictTimeout { get; init; }

    /// <summary>Longest the apply stage of a frame in which keys reached JS waits for JS to answer them, so that the frame
    /// that took a key applies its response (8 ms by default, half a 60 Hz frame; zero never waits). A slower answer is
    /// applied by a later frame, as every batch is.</summary>
    public TimeSpan AnswerWait { get; set; } = TimeSpan.FromMilliseconds(8);

    /// <summary>False (the default): the wait for keys' answers ends once JS's first pump after them has queued its batches,
    /// so the frame applies the answer without waiting for the promise jobs that pump left (a round trip each to an
    /// isolated runtime); true: it lasts until JS is idle, so a frame's content does not depend on how quickly JS runs.</summary>
    public bool AnswerWaitsForIdle { get; set; }

    /// <summary>How long this frame's apply stage waited for JS to answer keys (zero in a frame that sent JS none).</summary>
    public TimeSpan FrameAnswerWait { get; private set; }

    /// <summary>Receives each held-back key that JS did not consume, when its verdict arrives (the host moves focus).</summary>
    public Action<KeyEvent>? UnconsumedKey { get; set; }

    /// <summary>Receives each batch the apply stage took, decoded, with its verdict; null describes nothing.</summary>
    public Action<BusBatchRecord>? BatchSeen { get; set; }

    /// <summary>True while keys wait for JS's verdict (pending work: an idle step waits for them).</summary>
    public bool HasHeldKeys => _held.Count > 0;

    /// <summary>True while JS measure requests wait for a layout (pending work: an idle step waits for them).</summary>
    public bool HasPendingMeasures => _measures.Count > 0;

    /// <summary>True while keys wait for JS's verdict, measure requests wait for a layout, a stopped runtime waits to be
    /// replaced or pages wait to mount again in the new one.</summary>
    public bool HasPendingWork => _held.Count > 0 || _measures.Count > 0 || _remounting > 0 || _engine.Stopped is not null;

    /// <summary>Every fault of a legacy page so far, oldest first: rejected batches, pages stopped (hang, heap cap, crash),
    /// errors pages reported, pages mounted again after another one stopped the runtime.</summary>
    public IReadOnlyList<PageFault> Faults => _faults;

    /// <summary>The engine pages run in.</summary>
    public ILegacyEngine Engine => _engine;

    /// <summary>The system to schedule in the frame's apply stage.</summary>
    public EngineSystem ApplySystem { get; }

    /// <summary>Input events listed by the batches applied in the last frame (the frame that shows their response), with
    /// each batch's JS and decode time.</summary>
    public IReadOnlyList<AppliedCause> AppliedCauses => _appliedCauses;

    /// <summary>Batches applied, rejected and dropped as stale so far.</summary>
    public (long Applied, long Rejected, long Stale) Counts => (_pump.Applied, _pump.Rejected, _pump.Stale);

    /// <summary>Errors JS reported (page and runtime), newest last.</summary>
    public List<string> Errors { get; } = [];

    /// <inheritdoc/>
    /// <remarks>Pages register themselves when a bundle runs; an unknown name fails at mount, as an error of that page.</remarks>
    public bool HasPage(string legacyName) => !string.IsNullOrEmpty(legacyName);

    /// <inheritdoc/>
    public IPageInstance Mount(IPageRoot root, string legacyName, PageContext context)
    {
        var container = EntityIds.Unpack(root.Id);
        var pageRoot = ++_nextRoot;
        var legacyRoot = _applier.OpenRoot(pageRoot, container);
        // Keys while no node has focus reach the page's container: JS sees them as RootKey events, with a verdict.
        _world.ApplyProp(container, ParsedProp.OfHandler(PropKey.OnKey, _rootOnKey));
        _navigator = context.Navigator;
        var instance = new LegacyPageInstance(this, legacyRoot, legacyName, context);
        _mounted.Add(instance);
        WaitUntilReady();
        if (_engine.Fault is { } fault)
        {
            Errors.Add(fault);
            instance.Fail(PageFaultKind.Crashed, fault);
            return instance;
        }
        Post(HostEvent.PageMount(pageRoot, legacyName, ToData(context.Params)));
        _log.Information("Mounted legacy page {Page} ({Legacy}) on root {PageRoot}", context.Page, legacyName, pageRoot);
        return instance;
    }

    /// <summary>Replaces the JS runtime with one that loads <paramref name="bundles"/> (rebuilt legacy code) and mounts every
    /// mounted page again in place, with its params, on a new root in the same container: the navigation stack does not
    /// change, and the node a page had focused gets focus back when the new code has a node with the same testID. A page
    /// that showed a fault is mounted again too. False when the engine cannot reload (it never started, or is disposed).</summary>
    /// <remarks>UI thread only. A bundle that fails to load faults every legacy page (each shows why) until a later
    /// reload loads.</remarks>
    public bool Reload(IReadOnlyList<LegacyBundle> bundles)
    {
        if (!_engine.Reload(bundles))
        {
            return false;
        }
        // Measure requests came from the old runtime: their ids mean nothing to the new one.
        _measures.Clear();
        _log.Information("{Engine}: legacy bundles reloaded; {Count} page(s) mount again", _engine.Name, _mounted.Count);
        foreach (var page in _mounted.ToArray())
        {
            page.Remount(null);
        }
        return true;
    }

    /// <summary>Sends a key to JS: for the focused node when it belongs to a legacy page, or for the legacy page on top
    /// when nothing has focus (a page that runs its own focus); false otherwise.</summary>
    public bool ForwardKey(in KeyEvent key)
    {
        var focused = _world.Focused;
        var time = key.Arrival * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
        if (!focused.IsNull && _applier.TryFindNode(focused, out var root, out var id) && IsOpen(root))
        {
            _currentEvent = (uint)key.Id;
            Post(HostEvent.KeyPress(_currentEvent, id, key.Key, time), forAnswer: true);
        }
        else if (focused.IsNull && _mounted.Count > 0 && IsOpen(_mounted[^1].Root))
        {
            _currentEvent = (uint)key.Id;
            Post(HostEvent.RootKey(_currentEvent, _mounted[^1].Root.PageRoot, key.Key, time), forAnswer: true);
        }
        else
        {
            return false;
        }
        if (_forwarded.Count == MaxForwarded)
        {
            _forwarded.Dequeue();
        }
        // The post count after it: once JS has processed that many posts, it has seen the key (answered or not).
        _forwarded.Enqueue((_currentEvent, _engine.Posted));
        _keyForwarded = true;
        return true;
    }

    /// <summary>Longest the first legacy mount waits for an engine that loads its bundles beside the first frames.</summary>
    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromSeconds(60);

    // An engine started in the background (the app opened on a native page) may still be loading its bundles when the first
    // legacy page mounts, or not have started at all (it starts after the first frame): that mount starts it and waits.
    private void WaitUntilReady()
    {
        _engine.Start();
        if (_engine.Ready.IsCompleted)
        {
            return;
        }
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        _log.Information("{Engine}: the first legacy page waits for the bundles to load", _engine.Name);
        try
        {
            if (!_engine.Ready.Wait(ReadyTimeout))
            {
                _log.Warning("{Engine}: the bundles did not load within {Timeout}", _engine.Name, ReadyTimeout);
                return;
            }
        }
        catch (AggregateException)
        {
            // The engine's Fault says why.
            return;
        }
        _log.Information("{Engine}: waited {Ms:0} ms for the bundles", _engine.Name, System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }

    /// <summary>True when the entity is a node of a mounted legacy page.</summary>
    public bool Owns(Entity e) => _applier.TryFindNode(e, out var root, out _) && IsOpen(root);

    /// <summary>Blocks until JS has handled everything posted and sent its batches and the driver took its requests (for
    /// script idle steps); an engine that cannot run script (its bundles did not load) has nothing more to send.</summary>
    public bool WaitForIdle(TimeSpan timeout) => (_engine.WaitForIdle(timeout) && _engine.PendingCommands == 0) || _engine.Fault is not null;

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var page in _mounted.ToArray())
        {
            page.Dispose();
        }
    }

    private bool IsOpen(LegacyRoot root) => _applier.TryGetRoot(root.PageRoot, out var open) && ReferenceEquals(open, root);

    // forAnswer: this frame waits for JS's answer to the event (see RunFrame), and that wait pumps it.
    private void Post(in HostEvent e, bool forAnswer = false)
    {
        _events.Clear();
        _events.Add(e);
        if (forAnswer)
        {
            _engine.PostForAnswer(_events);
        }
        else
        {
            _engine.Post(_events);
        }
    }

    private Delegate? MakeHandler(LegacyRoot root, uint node, PropKey key) => key switch
    {
        // JS receives the key itself (ForwardKey): it bubbles onKey and turns select into onPress. Natively, onKey
        // answers JS's verdict on the key; onPress only makes the node count as handling select.
        PropKey.OnKey => _jsOnKey,
        PropKey.OnPress => (Action)(() => { }),
        PropKey.OnFocus => (Action)(() =>
        {
            if (_told?.PageRoot != root.PageRoot || _told.To != node)
            {
                Post(HostEvent.Focus(_currentEvent, node), _answering);
            }
        }),
        PropKey.OnBlur => (Action)(() =>
        {
            if (_told?.PageRoot != root.PageRoot || _told.From != node)
            {
                Post(HostEvent.Blur(_currentEvent, node), _answering);
            }
        }),
        PropKey.OnLayout => (Action<LayoutBox>)(box => Post(HostEvent.Layout(node, box.X, box.Y, box.W, box.H, box.AbsoluteX, box.AbsoluteY))),
        _ => null,
    };

    /// <summary>The native onKey of every JS node that has one: holds a key JS got back from native routing until JS's
    /// verdict arrives (see <see cref="ResolveHeldKeys"/>).</summary>
    private bool VerdictOf(KeyEvent key)
    {
        // JS never got a key that was not forwarded: it cannot consume it, so native routing goes on at once.
        if (!TakeForwarded((uint)key.Id, out var posted) || !(_engine.AnswersKeys ?? _runtimeAnswersKeys))
        {
            // A runtime that never answers keys (an older bundle) keeps the routing it was built for: native, at once.
            return false;
        }
        _held.Add((key, posted, System.Diagnostics.Stopwatch.GetTimestamp()));
        return true;
    }

    /// <summary>Settles held keys in order, as far as JS has answered them: consumed ones end, the others go to
    /// <see cref="UnconsumedKey"/>; a key still unanswered after <see cref="KeyVerdictTimeout"/> is dropped.</summary>
    private void ResolveHeldKeys()
    {
        var done = 0;
        for (; done < _held.Count; done++)
        {
            var (key, posted, since) = _held[done];
            var id = (uint)key.Id;
            var state = _engine.PollKeyVerdict(id, posted);
            if (state == KeyVerdictState.Pending)
            {
                if (System.Diagnostics.Stopwatch.GetElapsedTime(since) < KeyVerdictTimeout)
                {
                    break; // later keys wait behind it, so keys act in the order they were pressed
                }
                _log.Warning("Key {EventId} ({Key}): JS gave no onKey verdict within {Timeout}; the key is dropped", id, key.Key, KeyVerdictTimeout);
                continue;
            }
            if (state == KeyVerdictState.Unanswered)
            {
                // Whatever its handlers did is already applied; moving focus as well could move it twice, so the key ends.
                // A runtime that says it answers keys keeps that routing whatever happens to one key (a stopped pump); only
                // a bundle built with an older runtime, which does not say, is judged by its first key.
                if (_verdictSeen || _engine.AnswersKeys is not null)
                {
                    _log.Warning("Key {EventId} ({Key}): JS took the key without an onKey verdict (its handler was interrupted); the key is dropped", id, key.Key);
                }
                else
                {
                    _runtimeAnswersKeys = false;
                    _log.Warning("Key {EventId} ({Key}): JS handled the key without an onKey verdict: a bundle built with an older bridge-host; "
                        + "the key is dropped, and from now on keys are routed natively at once, as that runtime expects", id, key.Key);
                }
                continue;
            }
            _verdictSeen = true;
            _appliedCauses.Add(new AppliedCause(id, _engine.KeyVerdictJsMs(id), 0) { Verdict = true });
            if (state == KeyVerdictState.NotConsumed)
            {
                UnconsumedKey?.Invoke(key);
            }
        }
        _held.RemoveRange(0, done);
    }

    // Keys reach the input stage in the order they were forwarded: ids before this one are done with.
    private bool TakeForwarded(uint id, out long posted)
    {
        posted = 0;
        while (_forwarded.TryPeek(out var next) && next.Id < id)
        {
            _forwarded.Dequeue();
        }
        if (_forwarded.TryPeek(out var head) && head.Id == id)
        {
            _forwarded.Dequeue();
            posted = head.Posted;
            return true;
        }
        return false;
    }

    private void RunFrame(in SystemContext context)
    {
        _engine.Tick(context.Now * 1000.0 / context.Frequency);
        FrameAnswerWait = TimeSpan.Zero;
        var waitUntil = 0L;
        if (_keyForwarded)
        {
            // JS answers a key in about a millisecond: waiting a little for it here lets this frame apply the answer,
            // instead of the next frame, which starts only after this one rendered and presented.
            _keyForwarded = false;
            waitUntil = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(AnswerWait.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
            WaitForAnswers(waitUntil);
        }
        // Requests carried in earlier frames: the layout stage has run since.
        AnswerMeasures();
        _appliedCauses.Clear();
        var posted = _engine.Posted;
        _answering = waitUntil != 0;
        try
        {
            ApplyArrived();
        }
        finally
        {
            _answering = false;
        }
        if (waitUntil != 0 && _engine.Posted != posted)
        {
            // JS let a held key through and the host moved focus for it, which told JS (onFocus, onBlur): its answer to
            // that belongs to this frame too.
            WaitForAnswers(waitUntil);
            ApplyArrived();
        }
        if (waitUntil != 0)
        {
            // Done with JS's answers for this frame: the JS thread runs what the pumps left while the frame renders.
            _engine.Tick(context.Now * 1000.0 / context.Frequency);
        }
    }

    private void WaitForAnswers(long until)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        // Past the deadline the call still sends what was posted for an answer on (it waits for nothing then).
        var timeout = TimeSpan.FromSeconds((double)Math.Max(0, until - start) / System.Diagnostics.Stopwatch.Frequency);
        if (AnswerWaitsForIdle)
        {
            _engine.WaitForIdle(timeout);
        }
        else
        {
            _engine.WaitForAnswer(timeout);
        }
        FrameAnswerWait += System.Diagnostics.Stopwatch.GetElapsedTime(start);
    }

    // Applies the batches that arrived, carries out JS's requests and settles held keys.
    private void ApplyArrived()
    {
        // Only the requests queued before these batches are taken: every batch JS sent before them is applied below, so
        // a requestFocus never looks for a node whose batch is still on its way (the JS thread queues while this runs);
        // later requests wait for the next apply, with their batches.
        var commands = _engine.PendingCommands;
        _pump.ApplyFrame((pageRoot, result) =>
        {
            if (BatchSeen is { } seen)
            {
                var batch = _pump.LastBatch;
                seen(new BusBatchRecord(PageOf(pageRoot)?.Name, pageRoot, batch.Revision, result.Status.ToString().ToLowerInvariant(),
                    result.Message, Bus.BatchText.Describe(batch).Split(" | ")));
            }
            if (result.Status == ApplyStatus.Applied)
            {
                foreach (var cause in _pump.LastBatch.CausedBy)
                {
                    _appliedCauses.Add(new AppliedCause(cause, _pump.LastJsMs, _pump.LastDecodeMs));
                }
            }
            else if (result.Status == ApplyStatus.Rejected)
            {
                Errors.Add($"page root {pageRoot}: {result.Message}");
                PageOf(pageRoot)?.Fail(PageFaultKind.BatchRejected, result.Message!);
            }
            foreach (var error in result.PageErrors)
            {
                if (PageOf(pageRoot) is { } page)
                {
                    Record(page, PageFaultKind.ScriptError, error);
                }
            }
            // Errors JS caught in the page's own handlers and renders travel in the page's batch, not the runtime's.
            foreach (var message in result.PageErrors)
            {
                Errors.Add(message);
                _log.Error("Legacy page error: {Message}", message);
            }
        });
        for (; commands > 0 && _engine.TryDequeueCommand(out var command); commands--)
        {
            Carry(command);
        }
        if (_remounting > 0)
        {
            foreach (var page in _mounted)
            {
                page.SettleRemount();
            }
        }
        // After the key's own batches and requests (JS sends its verdict last), so a requestFocus lands first.
        ResolveHeldKeys();
    }

    private void Carry(LegacyCommand command)
    {
        switch (command.Kind)
        {
            case LegacyCommandKind.Navigate:
                _navigator?.Navigate(command.Text!, FromData(command.Data));
                break;
            case LegacyCommandKind.GoBack:
                _navigator?.Back();
                break;
            case LegacyCommandKind.RequestFocus:
                Focus(command.Text!, command.Data as FocusMove);
                break;
            case LegacyCommandKind.Measure:
                _measures.Add((command.Measure, 0));
                break;
            case LegacyCommandKind.Error:
                Errors.Add(command.Text ?? "error");
                _log.Error("Legacy page error: {Message}\n{Stack}", command.Text, command.Stack);
                break;
            case LegacyCommandKind.RuntimeStopped:
                Errors.Add(command.Text ?? "the JS runtime stopped");
                Recover(command.Data as RuntimeStop ?? new RuntimeStop(command.Text ?? "the JS runtime stopped", RuntimeStopKind.Crashed, 0));
                break;
            default:
                _log.Warning("Legacy command {Kind} is not handled by the page driver", command.Kind);
                break;
        }
    }

    /// <summary>Answers the measure requests whose nodes are laid out (and those that waited too long) in one event batch.</summary>
    private void AnswerMeasures()
    {
        if (_measures.Count == 0)
        {
            return;
        }
        _events.Clear();
        var kept = 0;
        for (var i = 0; i < _measures.Count; i++)
        {
            var (request, frames) = _measures[i];
            if (TryMeasure(request, out var answer) || frames >= MeasureRetryFrames)
            {
                _events.Add(answer);
            }
            else
            {
                _measures[kept++] = (request, frames + 1);
            }
        }
        _measures.RemoveRange(kept, _measures.Count - kept);
        if (_events.Count > 0)
        {
            _engine.Post(_events);
        }
    }

    /// <summary>The node's box: x and y relative to its parent (or to the relative node), pageX and pageY on the screen.</summary>
    private bool TryMeasure(in MeasureRequest request, out HostEvent answer)
    {
        answer = HostEvent.Measured(request.RequestId, false, 0, 0, 0, 0, 0, 0);
        if (!_applier.TryGetRoot(request.PageRoot, out var root) || !root.TryGetEntity(request.Node, out var node) || !_world.IsAlive(node))
        {
            return false;
        }
        var box = _world.AbsoluteBox(node);
        float x = box.X, y = box.Y;
        if (request.RelativeTo != 0)
        {
            if (!root.TryGetEntity(request.RelativeTo, out var other) || !_world.IsAlive(other))
            {
                return false;
            }
            var from = _world.AbsoluteBox(other);
            x = box.AbsoluteX - from.AbsoluteX;
            y = box.AbsoluteY - from.AbsoluteY;
        }
        answer = HostEvent.Measured(request.RequestId, true, x, y, box.W, box.H, box.AbsoluteX, box.AbsoluteY);
        return true;
    }

    /// <summary>The runtime stopped: the page whose code ran shows its fault, the others mount again in a new runtime.</summary>
    private void Recover(RuntimeStop stop)
    {
        var kind = stop.Kind switch
        {
            RuntimeStopKind.Hung => PageFaultKind.Hung,
            RuntimeStopKind.HeapExhausted => PageFaultKind.HeapExhausted,
            _ => PageFaultKind.Crashed,
        };
        // When the runtime could not say whose code ran, the page the user is on (mounted last) is blamed: each stop then
        // costs one page, so a page that stops every runtime it is mounted in cannot stop the app from recovering.
        var blamed = PageOf(stop.PageRoot) ?? LastLivePage();
        var restarted = _engine.Fault is null && _engine.Restart();
        _log.Error("{Engine}: the JS runtime stopped ({Kind}); page {Page} is faulted, {Others} page(s) mount again: {Reason}",
            _engine.Name, stop.Kind, blamed?.Name ?? "(none)", restarted ? _mounted.Count(p => !p.Faulted && p != blamed) : 0, stop.Reason);
        // The blamed page first: its fault is the cause, the remounts follow from it.
        blamed?.Fail(kind, stop.Reason);
        foreach (var page in _mounted.ToArray())
        {
            if (page.Faulted)
            {
                continue;
            }
            if (restarted)
            {
                page.Remount(stop.Reason);
            }
            else
            {
                page.Fail(PageFaultKind.Crashed, stop.Reason);
            }
        }
    }

    private LegacyPageInstance? PageOf(uint pageRoot)
    {
        if (pageRoot == 0)
        {
            return null;
        }
        foreach (var page in _mounted)
        {
            if (page.PageRoot == pageRoot)
            {
                return page;
            }
        }
        return null;
    }

    private LegacyPageInstance? LastLivePage()
    {
        for (var i = _mounted.Count - 1; i >= 0; i--)
        {
            if (!_mounted[i].Faulted && _mounted[i].Role == PageRole.Shown)
            {
                return _mounted[i];
            }
        }
        return null;
    }

    private void Record(LegacyPageInstance page, PageFaultKind kind, string reason) =>
        _faults.Add(new PageFault(page.Name, page.LegacyName, kind, reason, DateTimeOffset.UtcNow));

    /// <summary>Focuses a node for JS's requestFocus. When JS already ran the move's onBlur and onFocus (with the key that
    /// asked for it, saving a round trip), the host does not send them again; where focus did not land on the node JS
    /// focused, JS is told it lost it (and that the node it blurred has focus still, when focus did not move).</summary>
    private void Focus(string testId, FocusMove? told)
    {
        if (told is null)
        {
            Focus(testId);
            return;
        }
        var before = _world.Focused;
        _told = told;
        try
        {
            Focus(testId);
        }
        finally
        {
            _told = null;
        }
        if (!_applier.TryGetRoot(told.PageRoot, out var root) || !IsOpen(root))
        {
            return;
        }
        var landed = _world.Focused;
        if (root.TryGetEntity(told.To, out var to) && landed == to)
        {
            return;
        }
        Post(HostEvent.Blur(_currentEvent, told.To), _answering);
        if (told.From != 0 && root.TryGetEntity(told.From, out var from) && landed == from && before == from)
        {
            Post(HostEvent.Focus(_currentEvent, told.From), _answering);
        }
    }

    private void Focus(string testId)
    {
        // The most recently mounted page first: that is the one on screen. A compare shadow takes no focus: its requests
        // would take focus from the page it shadows, which asks for the same testIDs.
        for (var i = _mounted.Count - 1; i >= 0; i--)
        {
            if (_mounted[i].Role == PageRole.Shadow)
            {
                continue;
            }
            if (_mounted[i].TryFind(testId, out var entity) && _world.TryGet(entity, out Focusable f) && f.Enabled)
            {
                _world.Focus(entity);
                return;
            }
        }
        _log.Debug("requestFocus({TestId}): no focusable node with that testID in a mounted legacy page", testId);
    }

    private static Dictionary<string, object?> ToData(PageParams parameters)
    {
        var data = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in parameters)
        {
            data[key] = value;
        }
        return data;
    }

    private static PageParams FromData(object? data) =>
        data is IReadOnlyDictionary<string, object?> map ? PageParams.From(map) : PageParams.Empty;

    private sealed class ApplyStage(LegacyPageDriver driver) : EngineSystem
    {
        public override FrameStage Stage => FrameStage.Apply;

        public override void Run(in SystemContext context) => driver.RunFrame(context);
    }

    private sealed class LegacyPageInstance(LegacyPageDriver driver, LegacyRoot root, string legacyName, PageContext context) : IPageInstance
    {
        private LegacyRoot _root = root;
        private Entity _faultView;
        private string? _restoreFocus;
        private bool _remounting;
        private bool _disposed;

        public LegacyRoot Root => _root;

        public PageParams Params => context.Params;

        public string Name => context.Page;

        public string LegacyName => legacyName;

        public PageRole Role => context.Role;

        public uint PageRoot => _root.PageRoot;

        /// <summary>True once the page shows its fault instead of itself.</summary>
        public bool Faulted => !_faultView.IsNull;

        public string? FocusedTestId
        {
            get
            {
                var focused = driver._world.Focused;
                return !focused.IsNull && driver._world.IsWithin(focused, _root.Container) && driver._world.TryGet(focused, out TestId id)
                    ? id.Value
                    : null;
            }
        }

        public bool RestoreFocus(string testId)
        {
            if (!TryFind(testId, out var e) || !driver._world.TryGet(e, out Focusable f) || !f.Enabled)
            {
                return false;
            }
            driver._world.Focus(e);
            return true;
        }

        public void ReceiveResult(PageParams result)
        {
            // bridge-host has no API for a page to receive a result; params travel forward through navigate.
        }

        public bool TryFind(string testId, out Entity entity) =>
            driver._world.TryFindByTestIdWithin(testId, _root.Container, out entity);

        /// <summary>Tears the page down and shows why instead; its root takes no more batches.</summary>
        public void Fail(PageFaultKind kind, string reason)
        {
            if (Faulted)
            {
                return;
            }
            driver.Record(this, kind, reason);
            Close();
            _faultView = FaultView.Show(driver._world, _root.Container, context.Page, reason);
            SetRemounting(false);
            driver._log.Error("Legacy page {Page} ({Legacy}) is faulted ({Kind}) and shows an error: {Reason}", context.Page, legacyName, kind, reason);
            if (kind == PageFaultKind.BatchRejected && driver._engine.Stopped is null)
            {
                // The page's React tree is of no more use: free it in JS (its last batch is dropped, the root is closed).
                driver.Post(HostEvent.PageUnmount(_root.PageRoot));
            }
        }

        /// <summary>Mounts the page again in the new runtime, on a new root in the same container, with its params; the
        /// node it had focused gets focus back when it is there again. <paramref name="faultReason"/> records the remount
        /// as a fault (another page stopped the runtime); null for a reload. A faulted page drops its fault view.</summary>
        public void Remount(string? faultReason)
        {
            if (faultReason is not null)
            {
                driver.Record(this, PageFaultKind.Remounted, faultReason);
            }
            _restoreFocus = FocusedTestId;
            Close();
            if (!_faultView.IsNull)
            {
                if (driver._world.IsAlive(_faultView))
                {
                    driver._world.DestroySubtree(_faultView);
                }
                _faultView = default;
            }
            _root = driver._applier.OpenRoot(++driver._nextRoot, _root.Container);
            SetRemounting(true);
            driver.Post(HostEvent.PageMount(_root.PageRoot, legacyName, ToData(context.Params)));
            driver._log.Information("Mounting legacy page {Page} ({Legacy}) again on root {PageRoot}", context.Page, legacyName, _root.PageRoot);
        }

        /// <summary>Once the remounted page committed, gives focus back to the node that had it.</summary>
        public void SettleRemount()
        {
            if (!_remounting || !_root.Mounted)
            {
                return;
            }
            SetRemounting(false);
            if (_restoreFocus is { } testId && driver._world.Focused.IsNull && !RestoreFocus(testId))
            {
                driver._log.Debug("Page {Page} has no node {TestId} to give focus back to after its remount", context.Page, testId);
            }
            _restoreFocus = null;
        }

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            SetRemounting(false);
            driver._mounted.Remove(this);
            if (!Faulted)
            {
                driver.Post(HostEvent.PageUnmount(_root.PageRoot));
            }
            Close();
            if (!_faultView.IsNull && driver._world.IsAlive(_faultView))
            {
                driver._world.DestroySubtree(_faultView);
            }
            driver._log.Information("Unmounted legacy page {Page} ({Legacy}) from root {PageRoot}", context.Page, legacyName, _root.PageRoot);
        }

        private void Close()
        {
            if (driver._applier.TryGetRoot(_root.PageRoot, out var open) && ReferenceEquals(open, _root))
            {
                driver._applier.CloseRoot(_root.PageRoot);
            }
        }

        private void SetRemounting(bool value)
        {
            if (_remounting != value)
            {
                _remounting = value;
                driver._remounting += value ? 1 : -1;
            }
        }
    }
}
