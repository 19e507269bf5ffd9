using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Bridge.Reactive;

/// <summary>
/// The state of one thread's reactive graph: what is tracking, which scope owns new nodes, the effect queue.
/// </summary>
/// <remarks>
/// One runtime per thread, created on first use ([ThreadStatic]); every node keeps a reference to the runtime of
/// the thread that created it, so hot paths never touch thread-local storage. A graph is used from its own thread
/// only (the UI thread); nodes of two threads never link.
/// </remarks>
internal sealed partial class ReactiveRuntime
{
    /// <summary>How many times one effect may run within one <see cref="FlushEffects"/> before it counts as a runaway loop.</summary>
    internal const int MaxRunsPerFlush = 100;

    [ThreadStatic]
    private static ReactiveRuntime? t_current;

    internal ReactiveNode? ActiveSub;
    internal ReactiveScope? CurrentScope;
    internal int Cycle;
    internal int RunDepth;
    internal int BatchDepth;
    internal int FlushStamp;

    private readonly int _threadId = Environment.CurrentManagedThreadId;
    private Effect?[] _queue = new Effect?[64];
    private int _notifyIndex;
    private int _queuedLength;
    private bool _flushing;
    private bool _flushRequested;
    private List<Exception>? _unhandled;

    internal static ReactiveRuntime Current => t_current ??= new ReactiveRuntime();

    internal bool HasPendingEffects => _notifyIndex < _queuedLength;

    /// <summary>Throws when called from a thread other than the one this graph belongs to.</summary>
    internal void CheckThread(string what)
    {
        if (Environment.CurrentManagedThreadId != _threadId)
        {
            ThrowWrongThread(what);
        }
    }

    /// <summary>Queues an effect and its armed ancestor effects, outermost first, so a parent reruns (and disposes) before its children.</summary>
    internal void Notify(ReactiveNode node)
    {
        // SAFETY: only effects carry the Watching flag, and only nodes with Watching are notified.
        var effect = Unsafe.As<Effect>(node);
        var insert = _queuedLength;
        var first = insert;
        while (true)
        {
            if (insert == _queue.Length)
            {
                Array.Resize(ref _queue, _queue.Length * 2);
            }

            _queue[insert++] = effect;
            effect.Flags &= ~ReactiveFlags.Watching;
            var parent = effect.ParentEffect();
            if (parent is null || (parent.Flags & ReactiveFlags.Watching) == 0)
            {
                break;
            }

            effect = parent;
        }

        _queuedLength = insert;
        while (first < --insert)
        {
            (_queue[first], _queue[insert]) = (_queue[insert], _queue[first]);
            first++;
        }
    }

    /// <summary>Runs queued effects until none is left, including those queued by the effects themselves.</summary>
    internal void FlushEffects()
    {
        if (_flushing)
        {
            return;
        }

        if (BatchDepth > 0)
        {
            _flushRequested = true;
            return;
        }

        _flushing = true;
        unchecked
        {
            FlushStamp++;
        }

        try
        {
            while (_notifyIndex < _queuedLength)
            {
                var effect = _queue[_notifyIndex]!;
                _queue[_notifyIndex++] = null;
                try
                {
                    effect.RunQueued();
                }
                catch (Exception ex)
                {
                    effect.RecoverFromError();
                    Report(effect, ex);
                }
            }
        }
        finally
        {
            _notifyIndex = 0;
            _queuedLength = 0;
            _flushing = false;
        }

        ThrowUnhandled();
    }

    /// <summary>Runs <paramref name="writes"/> as one batch; a flush requested inside it runs when the outermost batch ends.</summary>
    internal void Batch(Action writes)
    {
        ++BatchDepth;
        try
        {
            writes();
        }
        finally
        {
            --BatchDepth;
        }

        if (BatchDepth == 0 && _flushRequested)
        {
            _flushRequested = false;
            FlushEffects();
        }
    }

    /// <summary>Hands an exception to the nearest owner with an error handler, or keeps it to rethrow from the public call in progress.</summary>
    internal bool Report(ReactiveScope scope, Exception error)
    {
        for (ReactiveScope? s = scope; s is not null; s = s.ParentScope)
        {
            if (s is Owner { OnError: { } handler })
            {
                try
                {
                    handler(error);
                    return true;
                }
                catch (Exception handlerError)
                {
                    // A failing handler escalates to the next owner up, with its own exception.
                    error = handlerError;
                }
            }
        }

        (_unhandled ??= []).Add(error);
        return false;
    }

    /// <summary>Rethrows what no owner handled: the exception itself when there is one, an AggregateException when several.</summary>
    internal void ThrowUnhandled()
    {
        var unhandled = _unhandled;
        if (unhandled is null || unhandled.Count == 0 || _flushing)
        {
            return;
        }

        _unhandled = null;
        if (unhandled.Count == 1)
        {
            ExceptionDispatchInfo.Capture(unhandled[0]).Throw();
        }

        throw new AggregateException(
            $"{unhandled.Count} reactive errors were not handled by any owner (set Owner.OnError to handle them)",
            unhandled);
    }

    /// <summary>Runs an effect's first execution synchronously, as R.Effect promises.</summary>
    internal void RunFirst(Effect effect)
    {
        try
        {
            effect.Execute();
        }
        catch (Exception ex)
        {
            if (!Report(effect, ex))
            {
                // The caller never receives this effect, so it could not dispose it: do it here.
                effect.DisposeCore();
            }
            else
            {
                effect.RecoverFromError();
            }
        }

        ThrowUnhandled();
    }

    private void ThrowWrongThread(string what) =>
        throw new InvalidOperationException(
            $"{what} was called on thread {Environment.CurrentManagedThreadId}, but its reactive graph belongs to thread {_threadId}");
}
