using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Routing;

namespace Bridge.Host;

/// <summary>What the host needs of the legacy side: a page driver plus its frame hooks. Absent in a native-only app.</summary>
/// <remarks>Defined here so that the host never references a JS engine: the program that has one plugs it in.</remarks>
public interface ILegacySide : ILegacyPageDriver, IDisposable
{
    /// <summary>"v8" or "jint".</summary>
    string EngineName { get; }

    /// <summary>Completes when the bundles have loaded (and the engine's start is logged); faults with why they did not.</summary>
    Task Loaded { get; }

    /// <summary>Starts the engine and the bundles' load when the side was started with <see cref="LegacyStart.StartLater"/>
    /// (the first legacy page to mount starts it too); does nothing once it started.</summary>
    void StartLoading();

    /// <summary>Engine creation plus bundle load, in milliseconds.</summary>
    double StartupMs { get; }

    /// <summary>The system that applies JS batches, scheduled in the apply stage.</summary>
    EngineSystem ApplySystem { get; }

    /// <summary>Input events whose response the last frame applied, with the JS and decode time of the batches that
    /// carried it (an event several batches answered is listed once per batch).</summary>
    IReadOnlyList<AppliedCause> AppliedCauses { get; }

    /// <summary>Sends a key to JS when the focused node belongs to a legacy page; false otherwise.</summary>
    bool ForwardKey(in KeyEvent key);

    /// <summary>True when the entity belongs to a mounted legacy page.</summary>
    bool Owns(Entity entity);

    /// <summary>Replaces the JS runtime with one that loads the bundle files <paramref name="bundles"/> (rebuilt legacy
    /// code) and mounts every legacy page again in place, with its params and focus by testID; the navigation stack and
    /// native pages are untouched. False when the engine cannot reload (it never started).</summary>
    /// <remarks>UI thread only.</remarks>
    /// <exception cref="IOException">A bundle file cannot be read; the running pages are left as they are.</exception>
    bool Reload(IReadOnlyList<string> bundles);

    /// <summary>Loads the bundle files <paramref name="bundles"/> into a runtime of their own (the same engine and
    /// limits, thrown away after) and returns why they do not load (a missing file, a syntax error, a bundle that throws
    /// while it loads), or null when they load: a reload checks rebuilt code with it before the running pages are
    /// touched.</summary>
    /// <remarks>Any thread: it touches nothing of the running side.</remarks>
    string? CheckLoads(IReadOnlyList<string> bundles);

    /// <summary>Blocks until JS has handled everything posted so far.</summary>
    bool WaitForIdle(TimeSpan timeout);

    /// <summary>Blocks until the bundles are loaded and the JS thread has handled everything posted so far (the batches it
    /// sent may still wait for the apply stage), or until the engine failed (no JS runs then); false after <paramref name="timeout"/>.</summary>
    bool WaitForJsThread(TimeSpan timeout);

    /// <summary>Receives each key held back for a JS <c>onKey</c> verdict that JS did not consume (the host moves focus).</summary>
    Action<KeyEvent>? UnconsumedKey { set; }

    /// <summary>True while keys wait for JS's <c>onKey</c> verdict.</summary>
    bool HasHeldKeys { get; }

    /// <summary>Longest a frame's apply stage waits for JS to answer the keys the frame sent it, so that the frame applies the
    /// answer (a few milliseconds by default; a stepped run waits until JS is done, so the answer always lands in that frame).</summary>
    TimeSpan AnswerWait { get; set; }

    /// <summary>True: the frame's wait for keys' answers lasts until JS is idle (the promise jobs its handlers left ran
    /// too), so a frame's content does not depend on how quickly JS runs; false (the default): it ends once JS's first
    /// pump after the keys has queued its batches.</summary>
    bool AnswerWaitsForIdle { get; set; }

    /// <summary>How long this frame's apply stage waited for JS to answer the keys the frame sent it (zero when it sent
    /// none): JS time inside the apply stage, which latency records count as JS's.</summary>
    TimeSpan FrameAnswerWait { get; }

    /// <summary>True while keys wait for JS's verdict or pages wait to mount again after the JS runtime was replaced
    /// (pending work: an idle step waits for it).</summary>
    bool HasPendingWork { get; }

    /// <summary>Every fault of a legacy page so far, oldest first: rejected batches (with the reason), pages stopped by a
    /// hang, the heap cap or a crash (each then shows an error view), errors pages reported, and pages mounted again after
    /// another page stopped the runtime.</summary>
    IReadOnlyList<PageFault> Faults { get; }

    /// <summary>Errors JS reported so far.</summary>
    IReadOnlyList<string> Errors { get; }

    /// <summary>Receives each batch the apply stage took, decoded, with its verdict (a bus spy); null (the default)
    /// describes nothing.</summary>
    /// <remarks>Called on the UI thread, inside the frame's apply stage.</remarks>
    Action<BusBatchRecord>? BatchSeen { set; }
}

/// <summary>One legacy batch as the apply stage saw it.</summary>
/// <param name="Page">The manifest name of the page the batch's root belongs to, or null when no mounted page owns it.</param>
/// <param name="PageRoot">The batch's page root.</param>
/// <param name="Revision">The batch's revision (0 when it did not decode).</param>
/// <param name="Status">applied, rejected or stale.</param>
/// <param name="Reason">Why a batch was rejected, or null.</param>
/// <param name="Ops">The decoded batch, one line per op, after a first line of framing (revision, causes).</param>
public sealed record BusBatchRecord(string? Page, uint PageRoot, uint Revision, string Status, string? Reason, IReadOnlyList<string> Ops);
