using System.Runtime.CompilerServices;

namespace Bridge.Engine.Ecs;

/// <summary>Entities with generational ids, components in dense per-type storage, a hierarchy and a change tick.</summary>
/// <remarks>Not thread-safe: a world belongs to the UI thread. The change tick is a <see cref="uint"/> advanced once per
/// system run; at 600 runs a second it wraps after ~80 days, and comparisons assume it has not.</remarks>
public sealed partial class World
{
    private int[] _generations = new int[64];
    private bool[] _alive = new bool[64];
    private int[] _free = new int[64];
    private int _freeCount;
    private int _slots;
    private int _aliveCount;
    private IComponentStorage?[] _storages = new IComponentStorage?[16];
    private uint _tick = 1;

    /// <summary>Creates an empty world.</summary>
    public World() => _hierarchy = Storage<Hierarchy>();

    /// <summary>Number of live entities.</summary>
    public int Count => _aliveCount;

    /// <summary>The current change tick; writes are stamped with it.</summary>
    public uint Tick => _tick;

    /// <summary>Advances the change tick (the scheduler does this before each system) and returns the new value.</summary>
    public uint AdvanceTick() => ++_tick;

    /// <summary>Creates an entity with no components.</summary>
    public Entity Create()
    {
        int index;
        if (_freeCount > 0) index = _free[--_freeCount];
        else
        {
            index = _slots++;
            if (index == _generations.Length)
            {
                Array.Resize(ref _generations, index * 2);
                Array.Resize(ref _alive, index * 2);
            }
        }
        int generation = ++_generations[index];
        _alive[index] = true;
        _aliveCount++;
        return new Entity(index, generation);
    }

    /// <summary>Whether <paramref name="e"/> refers to a live entity (false for stale and null handles).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsAlive(Entity e) =>
        (uint)e.Index < (uint)_slots && _alive[e.Index] && _generations[e.Index] == e.Generation;

    /// <summary>Throws <see cref="EntityNotAliveException"/> naming <paramref name="operation"/> unless <paramref name="e"/> is alive.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EnsureAlive(Entity e, string operation)
    {
        if (!IsAlive(e)) Throw.NotAlive(e, operation, (uint)e.Index < (uint)_slots ? _generations[e.Index] : -1);
    }

    /// <summary>Destroys one entity: detaches it from its parent, orphans its children and drops its components.</summary>
    /// <remarks>Use <see cref="DestroySubtree"/> to destroy its descendants too.</remarks>
    public void Destroy(Entity e)
    {
        EnsureAlive(e, "Destroy");
        if (_hierarchy.Has(e.Index))
        {
            if (!HierarchyRef(e).Parent.IsNull) Detach(e);
            Entity child = HierarchyRef(e).FirstChild;
            while (!child.IsNull)
            {
                ref Hierarchy ch = ref HierarchyRef(child);
                Entity next = ch.NextSibling;
                ch.Parent = Entity.Null;
                ch.PreviousSibling = Entity.Null;
                ch.NextSibling = Entity.Null;
                child = next;
            }
        }
        Destroying?.Invoke(e);
        Release(e);
    }

    private void Release(Entity e)
    {
        var storages = _storages;
        for (int i = 0; i < storages.Length; i++) storages[i]?.Remove(e.Index);
        _alive[e.Index] = false;
        _aliveCount--;
        // A slot whose generation would overflow is retired rather than reused, so ids never alias.
        if (_generations[e.Index] == int.MaxValue) return;
        if (_freeCount == _free.Length) Array.Resize(ref _free, _free.Length * 2);
        _free[_freeCount++] = e.Index;
    }

    /// <summary>The storage of component type <typeparamref name="T"/>, created on first use.</summary>
    public ComponentStorage<T> Storage<T>() where T : struct
    {
        int id = ComponentId<T>.Value;
        if (id < _storages.Length && _storages[id] is ComponentStorage<T> s) return s;
        return CreateStorage<T>(id);
    }

    private ComponentStorage<T> CreateStorage<T>(int id) where T : struct
    {
        if (id >= _storages.Length) Array.Resize(ref _storages, Math.Max(id + 1, _storages.Length * 2));
        var s = new ComponentStorage<T>(this);
        _storages[id] = s;
        return s;
    }

    /// <summary>Adds or replaces the <typeparamref name="T"/> of <paramref name="e"/> and marks it changed.</summary>
    public ref T Set<T>(Entity e, in T value) where T : struct
    {
        EnsureAlive(e, "Set");
        return ref Storage<T>().Set(e, value, _tick);
    }

    /// <summary>Whether <paramref name="e"/> is alive and has a <typeparamref name="T"/>.</summary>
    public bool Has<T>(Entity e) where T : struct => IsAlive(e) && Storage<T>().Has(e.Index);

    /// <summary>Reads the <typeparamref name="T"/> of <paramref name="e"/>; throws when dead or missing.</summary>
    public ref readonly T Get<T>(Entity e) where T : struct => ref Find<T>(e, "Get", stamp: false);

    /// <summary>Returns a writable reference to the <typeparamref name="T"/> of <paramref name="e"/> and marks it changed.</summary>
    public ref T GetMut<T>(Entity e) where T : struct => ref Find<T>(e, "GetMut", stamp: true);

    /// <summary>Copies the <typeparamref name="T"/> of <paramref name="e"/>; false when dead or missing.</summary>
    public bool TryGet<T>(Entity e, out T value) where T : struct
    {
        var s = Storage<T>();
        int row = IsAlive(e) ? s.RowOf(e.Index) : -1;
        value = row >= 0 ? s.RefAt(row) : default;
        return row >= 0;
    }

    /// <summary>A writable reference (marked changed) or a null reference when dead or missing; test with <see cref="Unsafe.IsNullRef{T}(ref readonly T)"/>.</summary>
    public ref T TryGetMut<T>(Entity e) where T : struct
    {
        var s = Storage<T>();
        int row = IsAlive(e) ? s.RowOf(e.Index) : -1;
        if (row < 0) return ref Unsafe.NullRef<T>();
        s.Stamp(row, _tick);
        return ref s.RefAt(row);
    }

    /// <summary>A writable reference that is not marked changed, for caches derived from the component (never for its data).</summary>
    internal ref T GetUnmarked<T>(Entity e) where T : struct => ref Find<T>(e, "GetUnmarked", stamp: false);

    /// <summary>Marks the <typeparamref name="T"/> of <paramref name="e"/> changed without writing it.</summary>
    public void MarkChanged<T>(Entity e) where T : struct => Find<T>(e, "MarkChanged", stamp: true);

    /// <summary>Removes the <typeparamref name="T"/> of <paramref name="e"/>; false when it had none.</summary>
    public bool Remove<T>(Entity e) where T : struct
    {
        EnsureAlive(e, "Remove");
        return Storage<T>().Remove(e.Index);
    }

    /// <summary>Whether the <typeparamref name="T"/> of <paramref name="e"/> was written after <paramref name="sinceTick"/>.</summary>
    public bool ChangedSince<T>(Entity e, uint sinceTick) where T : struct
    {
        var s = Storage<T>();
        int row = IsAlive(e) ? s.RowOf(e.Index) : -1;
        return row >= 0 && s.ChangedTickAt(row) > sinceTick;
    }

    private ref T Find<T>(Entity e, string operation, bool stamp) where T : struct
    {
        EnsureAlive(e, operation);
        var s = Storage<T>();
        int row = s.RowOf(e.Index);
        if (row < 0) Throw.Missing<T>(e);
        if (stamp) s.Stamp(row, _tick);
        return ref s.RefAt(row);
    }
}
