using static Bridge.Reactive.ReactiveFlags;

namespace Bridge.Reactive;

/// <summary>A side effect that runs once when created and again, at the next flush, after anything it read changed.</summary>
/// <remarks>
/// Before each rerun and on disposal it disposes what its previous run created and runs the cleanups that run
/// registered. An effect is armed by <see cref="ReactiveFlags.Watching"/>: a propagation that reaches an armed
/// effect disarms it and queues it; running (or skipping) it re-arms it.
/// </remarks>
public sealed class Effect : ReactiveScope, IDisposable
{
    private readonly Action _run;

    // Runaway detection in one int: the flush stamp (its low 24 bits) above the count of runs in that flush.
    private int _runCounter;

    internal Effect(ReactiveRuntime runtime, ReactiveScope? parent, Action run)
        : base(runtime, parent, Watching)
    {
        _run = run;
    }

    /// <summary>True once the effect has been disposed (directly or through its owner); it never runs again.</summary>
    public bool IsDisposed => IsDisposedCore;

    /// <summary>Stops the effect: runs its cleanups, disposes what it created, and unsubscribes it from everything it read.</summary>
    public void Dispose()
    {
        Runtime.CheckThread("Effect.Dispose");
        DisposeCore();
        Runtime.ThrowUnhandled();
    }

    internal override bool Refresh() => false;

    /// <summary>Runs the effect if one of its dependencies really changed; otherwise re-arms it.</summary>
    internal void RunQueued()
    {
        if (IsDisposedCore)
        {
            return;
        }

        var flags = Flags;
        if ((flags & Dirty) != 0 || ((flags & Pending) != 0 && Deps is { } deps && Runtime.CheckDirty(deps, this)))
        {
            CountRun();
            Execute();
        }
        else
        {
            Flags = Watching;
        }
    }

    /// <summary>Disposes the previous run's children and cleanups, then runs the body while tracking what it reads.</summary>
    internal void Execute()
    {
        if (Extras is not null && !ResetForRun())
        {
            return;
        }

        var runtime = Runtime;
        DepsTail = null;
        Flags = Watching | RecursedCheck;
        var prevSub = runtime.ActiveSub;
        var prevScope = runtime.CurrentScope;
        runtime.ActiveSub = this;
        runtime.CurrentScope = this;
        ++runtime.Cycle;
        ++runtime.RunDepth;
        try
        {
            _run();
        }
        finally
        {
            --runtime.RunDepth;
            runtime.ActiveSub = prevSub;
            runtime.CurrentScope = prevScope;
            Flags &= ~RecursedCheck;
            if (IsDisposedCore)
            {
                // Disposed by its own body: drop whatever the rest of the body linked.
                runtime.UnlinkAllDeps(this);
                Flags = None;
            }
            else
            {
                runtime.PurgeDeps(this);
            }
        }
    }

    /// <summary>Re-arms the effect after its run threw, keeping the dependencies read before the throw.</summary>
    internal void RecoverFromError()
    {
        if (!IsDisposedCore)
        {
            Flags = Watching;
        }
    }

    private protected override void OnDisposed() => Flags = None;

    private void CountRun()
    {
        var stamp = Runtime.FlushStamp << 8;
        if ((_runCounter & ~0xFF) != stamp)
        {
            _runCounter = stamp;
        }

        var runs = _runCounter & 0xFF;
        if (runs < 0xFF)
        {
            _runCounter++;
        }

        if (runs >= ReactiveRuntime.MaxRunsPerFlush)
        {
            throw new ReactiveLoopException(
                $"Effect {Describe(_run)} ran more than {ReactiveRuntime.MaxRunsPerFlush} times in one FlushEffects: " +
                "it keeps re-triggering itself through signals it writes; it was stopped until its dependencies change again");
        }
    }

    private static string Describe(Action run) =>
        $"'{run.Method.DeclaringType?.FullName}.{run.Method.Name}'";
}
