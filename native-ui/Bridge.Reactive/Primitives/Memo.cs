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
    private readonly Func<T> _compute;
    private readonly IEqualityComparer<T>? _comparer;
    private T _value = default!;
    private ExceptionDispatchInfo? _error;

    internal Memo(ReactiveRuntime runtime, ReactiveScope? parent, Func<T> compute, IEqualityComparer<T>? comparer)
        : base(runtime, parent, None)
    {
        _compute = compute;
        _comparer = comparer;
    }

    /// <summary>The up-to-date value; reading it inside a memo or effect subscribes that memo or effect.</summary>
    public T Value
    {
        get
        {
            Pull();
            var runtime = Runtime;
            var sub = runtime.ActiveSub;
            if (sub is not null)
            {
                runtime.Link(this, sub, runtime.Cycle);
            }

            _error?.Throw();
            return _value;
        }
    }

    /// <summary>Reads the up-to-date value without subscribing anyone.</summary>
    public T Peek()
    {
        Pull();
        _error?.Throw();
        return _value;
    }

    /// <inheritdoc/>
    public override string ToString() => _error is null ? $"Memo({_value})" : "Memo(error)";

    internal override bool Refresh()
    {
        if (Extras is not null)
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
            if (_error is null && Equal(_value, next))
            {
                return false;
            }

            _value = next;
            _error = null;
            return true;
        }
        catch (Exception ex)
        {
            _error = ExceptionDispatchInfo.Capture(ex);
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Equal(T a, T b) =>
        _comparer is null ? EqualityComparer<T>.Default.Equals(a, b) : _comparer.Equals(a, b);
}
