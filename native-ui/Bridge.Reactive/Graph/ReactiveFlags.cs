namespace Bridge.Reactive;

/// <summary>State bits of a graph node, with the meanings and values of alien-signals' ReactiveFlags.</summary>
[Flags]
internal enum ReactiveFlags : byte
{
    None = 0,

    /// <summary>The node holds a value that others read (signal, memo): propagation walks through it.</summary>
    Mutable = 1,

    /// <summary>The node is an armed effect: the next propagation that reaches it queues it.</summary>
    Watching = 2,

    /// <summary>The node is running (memo compute or effect body) and tracking what it reads.</summary>
    RecursedCheck = 4,

    /// <summary>The node was reached by a write made while it was running.</summary>
    Recursed = 8,

    /// <summary>A direct dependency changed: the node must recompute.</summary>
    Dirty = 16,

    /// <summary>A transitive dependency may have changed: the node must check its dependencies.</summary>
    Pending = 32,
}
