namespace Bridge.Reactive;

/// <summary>Entry points of the reactive core: create signals, memos, effects and owners, batch, untrack, flush.</summary>
/// <remarks>
/// Threading: each thread has its own reactive graph (a [ThreadStatic] runtime created on first use); a node
/// belongs to the thread that created it. The UI thread builds and updates its graph and calls
/// <see cref="FlushEffects"/> once per frame at a fixed point of the frame loop (tests call it directly).
/// Effects run their first time synchronously inside <see cref="Effect"/>; after that, a write queues the
/// effects it reaches and they run at the next <see cref="FlushEffects"/>.
/// </remarks>
public static class R
{
    /// <summary>The innermost owner that is current here (effects and memos in between are skipped), or null at the root.</summary>
    public static Owner? CurrentOwner
    {
        get
        {
            for (var s = ReactiveRuntime.Current.CurrentScope; s is not null; s = s.ParentScope)
            {
                if (s is Owner owner)
                {
                    return owner;
                }
            }

            return null;
        }
    }

    /// <summary>True when effects are queued for the next <see cref="FlushEffects"/>.</summary>
    public static bool HasPendingEffects => ReactiveRuntime.Current.HasPendingEffects;

    /// <summary>Creates a signal; writes of a value equal (by <paramref name="comparer"/> or the default) to the current one notify no one.</summary>
    public static Signal<T> Signal<T>(T initial, IEqualityComparer<T>? comparer = null) =>
        new(ReactiveRuntime.Current, initial, comparer);

    /// <summary>Creates a memo owned by the current scope; <paramref name="compute"/> first runs at the first read.</summary>
    public static Memo<T> Memo<T>(Func<T> compute, IEqualityComparer<T>? comparer = null)
    {
        ArgumentNullException.ThrowIfNull(compute);
        var runtime = ReactiveRuntime.Current;
        return new Memo<T>(runtime, runtime.CurrentScope, compute, comparer);
    }

    /// <summary>Creates an effect owned by the current scope, runs it now, and again at the next flush after what it read changes.</summary>
    /// <remarks>If the first run throws and no owner handles it, the effect is disposed and the exception rethrown here.</remarks>
    public static Effect Effect(Action run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var runtime = ReactiveRuntime.Current;
        var effect = new Effect(runtime, runtime.CurrentScope, run);
        runtime.RunFirst(effect);
        return effect;
    }

    /// <summary>Registers <paramref name="cleanup"/> on the current effect, memo or owner: it runs before that scope's next run and at its disposal.</summary>
    public static void OnCleanup(Action cleanup)
    {
        ArgumentNullException.ThrowIfNull(cleanup);
        var scope = ReactiveRuntime.Current.CurrentScope
            ?? throw new InvalidOperationException(
                "R.OnCleanup was called with no current effect, memo or owner: call it inside R.Effect, R.Memo or Owner.Run");
        scope.AddCleanup(cleanup);
    }

    /// <summary>Runs many writes as one change: a flush requested inside waits for the outermost batch to end.</summary>
    public static void Batch(Action writes)
    {
        ArgumentNullException.ThrowIfNull(writes);
        ReactiveRuntime.Current.Batch(writes);
    }

    /// <summary>Evaluates <paramref name="read"/> without subscribing the current memo or effect to what it reads.</summary>
    public static T Untrack<T>(Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var runtime = ReactiveRuntime.Current;
        var prevSub = runtime.ActiveSub;
        runtime.ActiveSub = null;
        try
        {
            return read();
        }
        finally
        {
            runtime.ActiveSub = prevSub;
        }
    }

    /// <summary>Runs <paramref name="action"/> without subscribing the current memo or effect to what it reads.</summary>
    public static void Untrack(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var runtime = ReactiveRuntime.Current;
        var prevSub = runtime.ActiveSub;
        runtime.ActiveSub = null;
        try
        {
            action();
        }
        finally
        {
            runtime.ActiveSub = prevSub;
        }
    }

    /// <summary>Creates an owner, child of the current scope (or a root when there is none).</summary>
    public static Owner CreateOwner()
    {
        var runtime = ReactiveRuntime.Current;
        return new Owner(runtime, runtime.CurrentScope);
    }

    /// <summary>Provides <paramref name="value"/> for <paramref name="context"/> to the current scope and all its descendants.</summary>
    public static void Provide<T>(Context<T> context, T value)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = ReactiveRuntime.Current.CurrentScope
            ?? throw new InvalidOperationException(
                "R.Provide was called with no current owner: call it inside Owner.Run, R.Effect or R.Memo");
        var extras = scope.Extras ??= new ScopeExtras();
        for (var entry = extras.Contexts; entry is not null; entry = entry.Next)
        {
            if (ReferenceEquals(entry.Key, context))
            {
                ((ContextEntry<T>)entry).Value = value;
                return;
            }
        }

        extras.Contexts = new ContextEntry<T>(context, value, extras.Contexts);
    }

    /// <summary>The value the nearest enclosing scope provides for <paramref name="context"/>, or its default.</summary>
    public static T Use<T>(Context<T> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        for (var scope = ReactiveRuntime.Current.CurrentScope; scope is not null; scope = scope.ParentScope)
        {
            for (var entry = scope.Extras?.Contexts; entry is not null; entry = entry.Next)
            {
                if (ReferenceEquals(entry.Key, context))
                {
                    return ((ContextEntry<T>)entry).Value;
                }
            }
        }

        return context.DefaultValue;
    }

    /// <summary>Runs the queued effects (and those they queue) until none is left; the frame loop calls it once per frame.</summary>
    /// <remarks>Inside a batch the flush waits for the batch to end; an error no owner handles is rethrown after the queue drained.</remarks>
    public static void FlushEffects() => ReactiveRuntime.Current.FlushEffects();
}
