using System.Runtime.CompilerServices;
using Bridge.Schema;

namespace Bridge.Bus.Ops;

/// <summary>A batch of ops from one page root, as it crosses the bus: framing plus flat op and prop tables.</summary>
/// <remarks>Reusable: <see cref="Clear"/> keeps capacity, so a decoder can fill the same batch frame after frame.
/// One factory per op, as Fabric's mutation list has.</remarks>
public sealed class OpBatch
{
    private Op[] _ops = new Op[16];
    private PropEntry[] _props = new PropEntry[32];
    private uint[] _causedBy = new uint[4];

    /// <summary>Schema version the batch was written with.</summary>
    public int SchemaVersion { get; set; } = Schema.SchemaInfo.Version;

    /// <summary>The page root the batch belongs to.</summary>
    public uint PageRoot { get; set; }

    /// <summary>Monotonic revision per page root, starting at 1.</summary>
    public uint Revision { get; set; }

    /// <summary>Number of ops.</summary>
    public int Count { get; private set; }

    /// <summary>Number of entries in the prop table.</summary>
    public int PropCount { get; private set; }

    /// <summary>Number of causing event ids.</summary>
    public int CausedByCount { get; private set; }

    /// <summary>The ops, in order.</summary>
    public ReadOnlySpan<Op> Ops => _ops.AsSpan(0, Count);

    /// <summary>The ids of the input events that caused this batch.</summary>
    public ReadOnlySpan<uint> CausedBy => _causedBy.AsSpan(0, CausedByCount);

    /// <summary>The props of one op.</summary>
    public ReadOnlySpan<PropEntry> PropsOf(Op op) => _props.AsSpan(op.PropStart, op.PropCount);

    /// <summary>Empties the batch, keeping its capacity.</summary>
    public void Clear() => ClearStale(Reset());

    /// <summary>Empties the batch like <see cref="Clear"/> but leaves the old entries in the tables, for a decoder that
    /// overwrites them; it calls <see cref="ClearStale"/> with the counts this returns once it has filled the batch.</summary>
    internal (int Ops, int Props) Reset()
    {
        var before = (Count, PropCount);
        Count = 0;
        PropCount = 0;
        CausedByCount = 0;
        Revision = 0;
        PageRoot = 0;
        SchemaVersion = Schema.SchemaInfo.Version;
        return before;
    }

    /// <summary>Clears the entries a <see cref="Reset"/> left past the new counts, so the batch holds no stale references.</summary>
    internal void ClearStale((int Ops, int Props) before)
    {
        if (before.Ops > Count)
        {
            Array.Clear(_ops, Count, before.Ops - Count);
        }
        if (before.Props > PropCount)
        {
            Array.Clear(_props, PropCount, before.Props - PropCount);
        }
    }

    /// <summary>Records an input event that caused this batch.</summary>
    public OpBatch AddCause(uint eventId)
    {
        if (CausedByCount == _causedBy.Length)
        {
            Array.Resize(ref _causedBy, _causedBy.Length * 2);
        }
        _causedBy[CausedByCount++] = eventId;
        return this;
    }

    /// <summary>Creates a detached node with initial props.</summary>
    public OpBatch Create(uint id, WidgetType type, ReadOnlySpan<PropEntry> props = default) =>
        Add(new Op(OpCode.CreateNode, id, (uint)type, 0, AddProps(props), props.Length, null, null, null));

    /// <summary>Destroys a node and its descendants.</summary>
    public OpBatch Delete(uint id) => Add(new Op(OpCode.DeleteSubtree, id, 0, 0, 0, 0, null, null, null));

    /// <summary>Inserts or moves a child before a sibling (0 appends).</summary>
    public OpBatch Insert(uint parent, uint child, uint before = 0) =>
        Add(new Op(OpCode.InsertChild, parent, child, before, 0, 0, null, null, null));

    /// <summary>Detaches a child.</summary>
    public OpBatch Remove(uint parent, uint child) => Add(new Op(OpCode.RemoveChild, parent, child, 0, 0, 0, null, null, null));

    /// <summary>Sets changed props (nil values unset).</summary>
    public OpBatch UpdateProps(uint id, ReadOnlySpan<PropEntry> props) =>
        Add(new Op(OpCode.UpdateProps, id, 0, 0, AddProps(props), props.Length, null, null, null));

    /// <summary>Replaces the text of a text node.</summary>
    public OpBatch UpdateText(uint id, string text) => Add(new Op(OpCode.UpdateText, id, 0, 0, 0, 0, text, null, null));

    /// <summary>Announces that a page rendered into its root.</summary>
    public OpBatch MountRoot(uint pageRoot, string page) => Add(new Op(OpCode.MountRoot, pageRoot, 0, 0, 0, 0, page, null, null));

    /// <summary>Announces that a page tore down its tree.</summary>
    public OpBatch UnmountRoot(uint pageRoot) => Add(new Op(OpCode.UnmountRoot, pageRoot, 0, 0, 0, 0, null, null, null));

    /// <summary>Asks the router to open a page with params.</summary>
    public OpBatch Navigate(string page, object? parameters) => Add(new Op(OpCode.Navigate, 0, 0, 0, 0, 0, page, null, parameters));

    /// <summary>Asks the router to go back.</summary>
    public OpBatch GoBack() => Add(new Op(OpCode.GoBack, 0, 0, 0, 0, 0, null, null, null));

    /// <summary>Asks for focus on the node with a test id.</summary>
    public OpBatch RequestFocus(string testId) => Add(new Op(OpCode.RequestFocus, 0, 0, 0, 0, 0, testId, null, null));

    /// <summary>Asks the host to focus the node with this testID, which JS already told of the move: it ran
    /// <paramref name="from"/>'s <c>onBlur</c> and <paramref name="to"/>'s <c>onFocus</c> (nodes of page root
    /// <paramref name="pageRoot"/>), so the host does not send those events again.</summary>
    public OpBatch RequestFocus(string testId, uint pageRoot, uint from, uint to) =>
        Add(new Op(OpCode.RequestFocus, pageRoot, from, to, 0, 0, testId, null, null));

    /// <summary>Asks the host data service for a resource.</summary>
    public OpBatch DataRequest(uint requestId, string resource, object? parameters) =>
        Add(new Op(OpCode.DataRequest, requestId, 0, 0, 0, 0, resource, null, parameters));

    /// <summary>A console line from page code.</summary>
    public OpBatch Log(LogLevel level, string message) => Add(new Op(OpCode.Log, (uint)level, 0, 0, 0, 0, message, null, null));

    /// <summary>An uncaught error in page code.</summary>
    public OpBatch Error(string message, string? stack) => Add(new Op(OpCode.Error, 0, 0, 0, 0, 0, message, stack, null));

    /// <summary>Reports that JS dispatched a key event and whether a handler consumed it.</summary>
    public OpBatch KeyHandled(uint eventId, bool consumed) =>
        Add(new Op(OpCode.KeyHandled, eventId, consumed ? 1u : 0u, 0, 0, 0, null, null, null));

    /// <summary>Asks for the layout box of a node of a page, optionally relative to another node of it.</summary>
    public OpBatch Measure(uint requestId, uint pageRoot, uint node, uint relativeTo) =>
        Add(new Op(OpCode.Measure, requestId, pageRoot, node, (int)relativeTo, 0, null, null, null));

    // Inlined so that an op built from constants is stored field by field, its null references without a GC write barrier.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal OpBatch Add(in Op op)
    {
        if (Count == _ops.Length)
        {
            Grow();
        }
        _ops[Count++] = op;
        return this;
    }

    private void Grow() => Array.Resize(ref _ops, _ops.Length * 2);

    /// <summary>Makes room for <paramref name="count"/> more ops, so that a decoder sized by the op list's header adds
    /// them without growing the table op by op.</summary>
    internal void ReserveOps(int count)
    {
        if (Count + count > _ops.Length)
        {
            Array.Resize(ref _ops, Math.Max(Count + count, _ops.Length * 2));
        }
    }

    /// <summary>Makes room for <paramref name="count"/> more props.</summary>
    internal void ReserveProps(int count) => EnsurePropCapacity(PropCount + count);

    internal int AddProps(ReadOnlySpan<PropEntry> props)
    {
        var start = PropCount;
        EnsurePropCapacity(PropCount + props.Length);
        props.CopyTo(_props.AsSpan(PropCount));
        PropCount += props.Length;
        return start;
    }

    internal void AddProp(in PropEntry entry)
    {
        EnsurePropCapacity(PropCount + 1);
        _props[PropCount++] = entry;
    }

    private void EnsurePropCapacity(int needed)
    {
        if (needed > _props.Length)
        {
            Array.Resize(ref _props, Math.Max(needed, _props.Length * 2));
        }
    }

    /// <inheritdoc/>
    public override string ToString() => BatchText.Describe(this);
}
