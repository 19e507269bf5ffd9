namespace Bridge.Reactive;

/// <summary>Base of every node of the reactive graph (signal, memo, effect, owner); it has no public members.</summary>
/// <remarks>A node belongs to the thread that created it: see <see cref="R"/> for the threading contract.</remarks>
public abstract class ReactiveNode
{
    internal ReactiveFlags Flags;

    /// <summary>Set once a scope (memo, effect, owner) is disposed; declared here to share the flags' padding.</summary>
    internal bool IsDisposedCore;
    internal Link? Deps;
    internal Link? DepsTail;
    internal Link? Subs;
    internal Link? SubsTail;
    internal readonly ReactiveRuntime Runtime;

    private protected ReactiveNode(ReactiveRuntime runtime, ReactiveFlags flags)
    {
        Runtime = runtime;
        Flags = flags;
    }

    /// <summary>Brings the value up to date (commit a signal's pending write, recompute a memo); true when it changed.</summary>
    internal abstract bool Refresh();

    /// <summary>Called when the last subscriber unlinks from this node.</summary>
    internal virtual void OnUnwatched()
    {
    }
}
