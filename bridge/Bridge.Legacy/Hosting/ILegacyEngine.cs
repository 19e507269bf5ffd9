using Bridge.Bus.Events;
using Bridge.Legacy.Channels;

namespace Bridge.Legacy.Hosting;

/// <summary>A JS engine running legacy React pages on its own thread, joined to the UI thread by two queues.</summary>
/// <remarks>Every member may be called from the UI thread and none waits for JS, except <see cref="WaitForIdle"/> and
/// <see cref="WaitForKeyVerdict"/>, which are for tests, benchmarks and the <c>idle</c> step of scripts.</remarks>
public interface ILegacyEngine : IDisposable
{
    /// <summary>"v8" or "jint".</summary>
    string Name { get; }

    /// <summary>Completes when the engine is created and every bundle loaded; faults with the load error.</summary>
    /// <remarks>An engine made to start later does neither before <see cref="Start"/>.</remarks>
    Task Ready { get; }

    /// <summary>True once the engine's JS thread started creating the runtime and loading the bundles.</summary>
    bool Started { get; }

    /// <summary>Starts creating the runtime and loading the bundles on the JS thread, unless that started already (an engine
    /// starts when it is made unless it was made to start later). Events posted before wait for the bundles.</summary>
    void Start();

    /// <summary>Engine creation and bundle load times, known once <see cref="Ready"/> completed.</summary>
    LegacyStartup Startup { get; }

    /// <summary>Why the engine cannot run script (its bundles did not load, or its runtime failed to start again), or null.</summary>
    string? Fault { get; }

    /// <summary>Why the JS runtime was stopped, while it waits for <see cref="Restart"/>; null while it runs.</summary>
    RuntimeStop? Stopped { get; }

    /// <summary>Replaces a stopped runtime with a fresh one running the same bundles (on a new JS thread); events posted
    /// from now on reach the new runtime, earlier ones are dropped. False when no runtime is stopped.</summary>
    /// <remarks>The new runtime has no page: mount again the pages that should survive.</remarks>
    bool Restart();

    /// <summary>Replaces the runtime, running or stopped, with a fresh one that loads <paramref name="bundles"/> instead (a
    /// rebuilt bundle), as <see cref="Restart"/> does; later restarts use these bundles. False when the engine never
    /// started or is disposed.</summary>
    /// <remarks>The new runtime has no page: mount again the pages that should survive. A bundle that fails to load
    /// faults the engine (<see cref="Fault"/>) until a later reload loads.</remarks>
    bool Reload(IReadOnlyList<LegacyBundle> bundles);

    /// <summary>True when the runtime answers every key event with a verdict; false when its bundle says it does not; null
    /// when the bundle was built with an older runtime that does not say.</summary>
    bool? AnswersKeys { get; }

    /// <summary>How late after the handler timeout the watchdog sent its last interrupt.</summary>
    TimeSpan LastInterruptLateness { get; }

    /// <summary>Asks the JS thread to collect the JS heap's garbage before its next pump, so that
    /// <see cref="LegacyEngineStats.JsHeapBytes"/> then counts live objects (for soaks; never needed to run).</summary>
    void CollectGarbage();

    /// <summary>The process the JS runtime runs in now, or null when it runs in this one.</summary>
    int? RuntimeProcessId { get; }

    /// <summary>Op batches from JS, one per page root per frame.</summary>
    OpBatchQueue Batches { get; }

    /// <summary>Queues events for JS (encoded on the calling thread) and wakes the JS thread.</summary>
    void Post(EventBatch events);

    /// <summary>Queues events for JS that the caller's next <see cref="WaitForAnswer"/> is to pump: where the runtime allows
    /// it, that call sends them to the runtime itself instead of waking the JS thread; <see cref="Tick"/>,
    /// <see cref="WaitForIdle"/> and the next <see cref="WaitForAnswer"/> wake the JS thread for events nobody pumped.</summary>
    void PostForAnswer(EventBatch events);

    /// <summary>Queues an encoded event batch for JS and wakes the JS thread.</summary>
    void Post(ReadOnlySpan<byte> encodedEventBatch);

    /// <summary>Advances the frame clock JS timers run on (ms, monotonic) and wakes the JS thread.</summary>
    void Tick(double frameTimeMs);

    /// <summary>Takes the next navigation, focus or runtime-error request from JS, if any.</summary>
    bool TryDequeueCommand(out LegacyCommand command);

    /// <summary>How many requests from JS are queued now; those queued after the page batches they follow, which are
    /// queued first (see <see cref="Batches"/>).</summary>
    int PendingCommands { get; }

    /// <summary>Blocks until JS has handled everything posted so far and has no work or data request pending.</summary>
    bool WaitForIdle(TimeSpan timeout);

    /// <summary>Blocks until JS has pumped everything posted so far once and the batches of that pump are queued (the
    /// promise jobs and timers it left may still run): the frame that posted a key waits with it for the key's answer.
    /// Where the runtime runs in a worker process, the calling thread pumps it (see <see cref="PostForAnswer"/>).</summary>
    /// <returns>False after <paramref name="timeout"/>, or when the engine is faulted or stopping.</returns>
    bool WaitForAnswer(TimeSpan timeout);

    /// <summary>Blocks until JS has reported whether an <c>onKey</c> handler consumed key event <paramref name="eventId"/>.</summary>
    /// <returns>The verdict; null when JS took the key without answering it (a bundle built with an older runtime, an
    /// interrupted pump), when the engine is faulted or stopping, or when <paramref name="timeout"/> passed.</returns>
    /// <remarks>Answers the latest posting of the id through <see cref="Post(EventBatch)"/>; the engine keeps the last 64
    /// verdicts.</remarks>
    bool? WaitForKeyVerdict(uint eventId, TimeSpan timeout);

    /// <summary>How long the pump that answered key event <paramref name="eventId"/> ran, in milliseconds, when that pump
    /// wrote no page batch (one that did counts its time with its batches); 0 when the verdict is not known.</summary>
    double KeyVerdictJsMs(uint eventId);

    /// <summary>Whether JS has answered key event <paramref name="eventId"/> yet, without waiting.</summary>
    /// <param name="eventId">The key event.</param>
    /// <param name="postedAfter">The value of <see cref="Posted"/> read right after the key was posted: once JS has
    /// processed that many posts without answering, the key is <see cref="KeyVerdictState.Unanswered"/>.</param>
    KeyVerdictState PollKeyVerdict(uint eventId, long postedAfter = long.MaxValue);

    /// <summary>How many posts (event batches, data answers) the engine has received so far.</summary>
    long Posted { get; }

    /// <summary>Longest one pump may run before the watchdog interrupts it.</summary>
    TimeSpan HandlerTimeout { get; }

    /// <summary>Counters of the JS thread.</summary>
    LegacyEngineStats Stats { get; }
}

/// <summary>How long the engine took to start.</summary>
/// <param name="EngineCreateMs">Creating the JS engine.</param>
/// <param name="BundleLoadMs">Evaluating every bundle.</param>
public readonly record struct LegacyStartup(double EngineCreateMs, double BundleLoadMs);

/// <summary>Counters of the JS thread, read at any time.</summary>
/// <param name="Pumps">Calls into the runtime's pump.</param>
/// <param name="BatchesOut">Op batches sent to the UI thread (page roots only).</param>
/// <param name="BytesOut">Bytes of those batches.</param>
/// <param name="Interrupts">Pumps the watchdog stopped.</param>
/// <param name="Errors">JS errors reported (runtime and pages).</param>
/// <param name="JsMilliseconds">Time spent inside JS.</param>
/// <param name="Restarts">Runtimes started again after a stop.</param>
/// <param name="JsHeapBytes">The JS heap in use at the last sample (V8), -1 when the engine does not say (Jint).</param>
public readonly record struct LegacyEngineStats(long Pumps, long BatchesOut, long BytesOut, long Interrupts, long Errors, double JsMilliseconds,
    long Restarts = 0, long JsHeapBytes = -1);

/// <summary>What JS has said about a key event so far.</summary>
public enum KeyVerdictState : byte
{
    /// <summary>JS has not handled the key yet.</summary>
    Pending,
    /// <summary>An <c>onKey</c> handler consumed the key.</summary>
    Consumed,
    /// <summary>No <c>onKey</c> handler consumed the key.</summary>
    NotConsumed,
    /// <summary>JS took the key without answering (a bundle built with an older runtime, an interrupted pump, a
    /// faulted or stopping engine).</summary>
    Unanswered,
}
