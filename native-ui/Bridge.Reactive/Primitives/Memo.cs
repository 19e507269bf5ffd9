using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using static Bridge.Reactive.ReactiveFlags;

namespace Bridge.Reactive;

/// <summary>A derived value: computed lazily on first read, cached, recomputed only when a dependency really changed.</summary>
/// <typeparam name="T">Type of the value.</typeparam>
/// <remarks>
/// A recompute that yields a value equal to the cached one does not mark the memo's own subscribers, so their
/// work is skipped. A compute that throws keeps the exception and rethrows it to every reader until a dependency
/// changes. A memo is a scope: what its compute creates is disposed before the next compute. Once disposed
/// (through its owner) a memo keeps answering its last value and tracks nothing.
/// </remarks>
public sealed class Memo<T> : ReactiveScope
{
    // The comparer and a caught error live in Extras: most memos have neither, and a smaller node keeps a big
    // graph in cache (cellx2500 walks megabytes of nodes per update).
    private readonly Func<T> _compute;
    private T _value = default!;

    internal Memo(ReactiveRuntime runtime, ReactiveScope? parent, Func<T> compute, IEqualityComparer<T>? comparer)
        : base(runtime, parent, None)
    {
        _compute = compute;
        if (comparer is not null)
        {
            Extras = new ScopeExtras { Comparer = comparer };
        }
    }

    /// <summary>The up-to-date value; reading it inside a memo or effect subscribes that memo or effect.</summary>
    public T Value
    {
        get
        {
            Debug.Assert(Runtime == ReactiveRuntime.Current, "a memo was read from a thread other than the one that created it");
            Pull();
            var runtime = Runtime;
            var sub = runtime.ActiveSub;
            if (sub is not null)
            {
                runtime.Link(this, sub, runtime.Cycle);
            }

            if (Extras is { Error: { } error })
            {
                error.Throw();
            }

            return _value;
        }
    }

    /// <summary>Reads the up-to-date value without subscribing anyone.</summary>
    public T Peek()
    {
        Pull();
        if (Extras is { Error: { } error })
        {
            error.Throw();
        }

        return _value;
    }

    /// <inheritdoc/>
    public override string ToString() => Extras?.Error is null ? $"Memo({_value})" : "Memo(error)";

    internal override bool Refresh()
    {
        var extras = Extras;
        if (extras is not null)
        {
            ResetForRun();
        }

        var runtime = Runtime;
        DepsTail = null;
        Flags = Mutable | RecursedCheck;
        var prevSub = runtime.ActiveSub;
        var prevScope = runtime.CurrentScope;
        runtime.ActiveSub = this;
        runtime.CurrentScope = this;
        ++runtime.Cycle;
        try
        {
            var next = _compute();
            if (extras is null)
            {
                if (EqualityComparer<T>.Default.Equals(_value, next))
                {
                    return false;
                }
            }
            else if (extras.Error is null && Equal(_value, next, extras))
            {
                return false;
            }
            else
            {
                extras.Error = null;
            }

            _value = next;
            return true;
        }
        catch (Exception ex)
        {
            (Extras ??= new ScopeExtras()).Error = ExceptionDispatchInfo.Capture(ex);
            return true;
        }
        finally
        {
            runtime.ActiveSub = prevSub;
            runtime.CurrentScope = prevScope;
            Flags &= ~RecursedCheck;
            runtime.PurgeDeps(this);
        }
    }

    internal override void OnUnwatched()
    {
        // Nobody reads this memo any more: let go of its sources; the next read recomputes.
        if (DepsTail is not null && !IsDisposedCore)
        {
            Flags = Mutable | Dirty;
            Runtime.UnlinkAllDeps(this);
        }
    }

    private protected override void OnDisposed() => Flags = Mutable;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Pull()
    {
        var flags = Flags;
        if ((flags & (Dirty | Pending | RecursedCheck)) != 0 || flags == None)
        {
            PullSlow(flags);
        }
    }

    private void PullSlow(ReactiveFlags flags)
    {
        if ((flags & RecursedCheck) != 0)
        {
            ThrowCycle();
        }

        if ((flags & Dirty) != 0)
        {
            Recompute();
        }
        else if ((flags & Pending) != 0)
        {
            if (Deps is { } deps && Runtime.CheckDirty(deps, this))
            {
                Recompute();
            }
            else
            {
                Flags = flags & ~Pending;
            }
        }
        else
        {
            Refresh();
        }
    }

    [DoesNotReturn]
    private void ThrowCycle() =>
        throw new InvalidOperationException(
            $"Memo<{typeof(T).Name}> computed by '{_compute.Method.DeclaringType?.FullName}.{_compute.Method.Name}' " +
            "was read while it was computing: its dependencies form a cycle");

    private void Recompute()
    {
        if (Refresh() && Subs is { } subs)
        {
            Runtime.ShallowPropagate(subs);
        }
    }

    private static bool Equal(T a, T b, ScopeExtras extras)
    {
        if (extras.Comparer is null)
        {
            return EqualityComparer<T>.Default.Equals(a, b);
        }

        // SAFETY: Comparer is only ever set by this class's constructor, to an IEqualityComparer<T>.
        return Unsafe.As<IEqualityComparer<T>>(extras.Comparer).Equals(a, b);
    }
}
