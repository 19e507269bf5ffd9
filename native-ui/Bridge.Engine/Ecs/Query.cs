using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Bridge.Engine.Ecs;

/// <summary>One matched entity of a single-component query: read without marking, or write and mark changed.</summary>
public readonly ref struct Row<T> where T : struct
{
    private readonly ref T _value;
    private readonly ref uint _stamp;
    private readonly uint _tick;

    internal Row(Entity entity, ref T value, ref uint stamp, uint tick)
    {
        Entity = entity;
        _value = ref value;
        _stamp = ref stamp;
        _tick = tick;
    }

    /// <summary>The matched entity.</summary>
    public Entity Entity { get; }

    /// <summary>The component, read-only (does not mark it changed).</summary>
    public ref readonly T Read => ref _value;

    /// <summary>The component, writable; marks it changed at the current tick.</summary>
    public ref T Write
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            _stamp = _tick;
            return ref _value;
        }
    }
}

/// <summary>Iterates every entity with a <typeparamref name="T"/> by reference, in storage order.</summary>
/// <remarks>Adding or removing <typeparamref name="T"/> while iterating is not supported: the enumerator works on the
/// arrays and count it saw when it started.</remarks>
public ref struct Query<T> where T : struct
{
    private readonly ref Entity _owners;
    private readonly ref T _rows;
    private readonly ref uint _stamps;
    private readonly int _count;
    private readonly uint _tick;
    private int _i;

    internal Query(ComponentStorage<T> storage, uint tick)
    {
        _owners = ref MemoryMarshal.GetArrayDataReference(storage.RawOwners);
        _rows = ref MemoryMarshal.GetArrayDataReference(storage.RawRows);
        _stamps = ref MemoryMarshal.GetArrayDataReference(storage.RawChanged);
        _count = storage.Count;
        _tick = tick;
        _i = -1;
    }

    /// <summary>Returns this enumerator for <c>foreach</c>.</summary>
    public readonly Query<T> GetEnumerator() => this;

    /// <summary>Advances to the next row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext() => ++_i < _count;

    /// <summary>The current row.</summary>
    public readonly Row<T> Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            // SAFETY: MoveNext returned true, so 0 <= _i < _count, and the three parallel arrays this enumerator
            // captured are at least _count long (they grow together; removal only lowers Count).
            int i = _i;
            return new(Unsafe.Add(ref _owners, i), ref Unsafe.Add(ref _rows, i), ref Unsafe.Add(ref _stamps, i), _tick);
        }
    }
}

/// <summary>Iterates the entities whose <typeparamref name="T"/> was written after a tick, by reference.</summary>
public ref struct ChangedQuery<T> where T : struct
{
    private readonly ComponentStorage<T> _storage;
    private readonly int _count;
    private readonly uint _tick;
    private readonly uint _since;
    private int _i;

    internal ChangedQuery(ComponentStorage<T> storage, uint tick, uint since)
    {
        _storage = storage;
        _count = storage.Count;
        _tick = tick;
        _since = since;
        _i = -1;
    }

    /// <summary>Returns this enumerator for <c>foreach</c>.</summary>
    public readonly ChangedQuery<T> GetEnumerator() => this;

    /// <summary>Advances to the next changed row.</summary>
    public bool MoveNext()
    {
        uint[] changed = _storage.RawChanged;
        int i = _i + 1;
        while (i < _count && changed[i] <= _since) i++;
        _i = i;
        return i < _count;
    }

    /// <summary>The current row.</summary>
    public readonly Row<T> Current => _storage.RowAt(_i, _tick);
}

/// <summary>One matched entity of a two-component query.</summary>
public readonly ref struct Row<T1, T2> where T1 : struct where T2 : struct
{
    private readonly ref T1 _c1;
    private readonly ref T2 _c2;

    internal Row(Entity entity, ref T1 c1, ref T2 c2)
    {
        Entity = entity;
        _c1 = ref c1;
        _c2 = ref c2;
    }

    /// <summary>The matched entity.</summary>
    public Entity Entity { get; }

    /// <summary>The first component (writes through this reference are not marked; use <see cref="World.MarkChanged{T}"/>).</summary>
    public ref T1 C1 => ref _c1;

    /// <summary>The second component (writes through this reference are not marked; use <see cref="World.MarkChanged{T}"/>).</summary>
    public ref T2 C2 => ref _c2;
}

/// <summary>Iterates every entity that has both <typeparamref name="T1"/> and <typeparamref name="T2"/>.</summary>
public ref struct Query<T1, T2> where T1 : struct where T2 : struct
{
    private readonly ComponentStorage<T1> _s1;
    private readonly ComponentStorage<T2> _s2;
    private readonly int _count;
    private int _i;
    private int _row2;

    internal Query(ComponentStorage<T1> s1, ComponentStorage<T2> s2)
    {
        _s1 = s1;
        _s2 = s2;
        _count = s1.Count;
        _i = -1;
        _row2 = -1;
    }

    /// <summary>Returns this enumerator for <c>foreach</c>.</summary>
    public readonly Query<T1, T2> GetEnumerator() => this;

    /// <summary>Advances to the next entity that has both components.</summary>
    public bool MoveNext()
    {
        var owners = _s1.RawOwners;
        while (++_i < _count)
        {
            _row2 = _s2.RowOf(owners[_i].Index);
            if (_row2 >= 0) return true;
        }
        return false;
    }

    /// <summary>The current row.</summary>
    public readonly Row<T1, T2> Current => new(_s1.RawOwners[_i], ref _s1.RefAt(_i), ref _s2.RefAt(_row2));
}

public sealed partial class World
{
    /// <summary>Every entity with a <typeparamref name="T"/>.</summary>
    public Query<T> Query<T>() where T : struct => new(Storage<T>(), _tick);

    /// <summary>Every entity whose <typeparamref name="T"/> was written (or added) after <paramref name="sinceTick"/>.</summary>
    public ChangedQuery<T> Changed<T>(uint sinceTick) where T : struct => new(Storage<T>(), _tick, sinceTick);

    /// <summary>Every entity with both a <typeparamref name="T1"/> and a <typeparamref name="T2"/>.</summary>
    public Query<T1, T2> Query<T1, T2>() where T1 : struct where T2 : struct => new(Storage<T1>(), Storage<T2>());
}

/// <summary>A struct callback run on each component of a query; the JIT specialises the loop for it (no delegate call).</summary>
public interface IForEach<T> where T : struct
{
    /// <summary>Runs on one component.</summary>
    void Execute(Entity entity, ref T component);
}

public sealed partial class World
{
    /// <summary>Runs <paramref name="action"/> on every <typeparamref name="T"/> in storage order, marking each changed.</summary>
    /// <remarks>The fastest way to run a system over one component: a tight loop over the dense arrays.</remarks>
    public void ForEach<T, TAction>(ref TAction action) where T : struct where TAction : struct, IForEach<T>
    {
        var storage = Storage<T>();
        int count = storage.Count;
        Span<T> rows = storage.RawRows.AsSpan(0, count);
        ReadOnlySpan<Entity> owners = storage.RawOwners.AsSpan(0, count);
        Span<uint> changed = storage.RawChanged.AsSpan(0, count);
        uint tick = _tick;
        for (int i = 0; i < rows.Length; i++)
        {
            changed[i] = tick;
            action.Execute(owners[i], ref rows[i]);
        }
    }
}
