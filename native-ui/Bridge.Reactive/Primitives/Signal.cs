using System.Diagnostics;
using System.Runtime.CompilerServices;
using static Bridge.Reactive.ReactiveFlags;

namespace Bridge.Reactive;

/// <summary>A writable reactive value; reading <see cref="Value"/> inside a memo or effect subscribes it.</summary>
/// <typeparam name="T">Type of the value.</typeparam>
/// <remarks>
/// A write stores a pending value and marks subscribers; the pending value is committed at the next read, so a
/// value written and written back before anyone reads changes nothing downstream. Writing a value equal to the
/// pending one notifies no one.
/// </remarks>
public sealed class Signal<T> : ReactiveNode
{
    private readonly IEqualityComparer<T>? _comparer;
    private T _current;
    private T _pending;

    internal Signal(ReactiveRuntime runtime, T initial, IEqualityComparer<T>? comparer)
        : base(runtime, Mutable)
    {
        _current = initial;
        _pending = initial;
        _comparer = comparer;
    }

    /// <summary>The current value; reading it inside a memo or effect subscribes that memo or effect, setting it is <see cref="Set"/>.</summary>
    public T Value
    {
        get
        {
            Debug.Assert(Runtime == ReactiveRuntime.Current, "a signal was read from a thread other than the one that created it");
            if ((Flags & Dirty) != 0)
            {
                Commit();
            }

            var runtime = Runtime;
            var sub = runtime.ActiveSub;
            if (sub is not null)
            {
                runtime.Link(this, sub, runtime.Cycle);
            }

            return _current;
        }

        set => Set(value);
    }

    /// <summary>Reads the current value without subscribing anyone.</summary>
    public T Peek()
    {
        if ((Flags & Dirty) != 0)
        {
            Commit();
        }

        return _current;
    }

    /// <summary>Writes a value; when it differs from the last one written, marks every dependent and queues the effects.</summary>
    public void Set(T value)
    {
        Debug.Assert(Runtime == ReactiveRuntime.Current, "a signal was written from a thread other than the one that created it");
        if (Equal(_pending, value))
        {
            return;
        }

        _pending = value;
        Flags = Mutable | Dirty;
        var subs = Subs;
        if (subs is not null)
        {
            var runtime = Runtime;
            runtime.Propagate(subs, runtime.RunDepth != 0);
        }
    }

    /// <summary>Writes <paramref name="update"/> applied to the current value (read without subscribing).</summary>
    public void Update(Func<T, T> update)
    {
        ArgumentNullException.ThrowIfNull(update);
        Set(update(Peek()));
    }

    /// <inheritdoc/>
    public override string ToString() => $"Signal({Peek()})";

    internal override bool Refresh()
    {
        Flags = Mutable;
        var changed = !Equal(_current, _pending);
        _current = _pending;
        return changed;
    }

    private void Commit()
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
