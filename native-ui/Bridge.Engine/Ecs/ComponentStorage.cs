using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Bridge.Engine.Ecs;

internal interface IComponentStorage
{
    bool Remove(int entityIndex);
}

/// <summary>Dense storage of one component type: a sparse set mapping entity slots to packed component rows.</summary>
/// <remarks>Rows are packed (swap-remove), so iteration walks contiguous arrays. Each row carries the world tick at
/// which it was last written, which is what change detection compares against.</remarks>
public sealed class ComponentStorage<T> : IComponentStorage where T : struct
{
    private readonly World _world;
    private int[] _sparse = new int[64];   // entity index -> row + 1 (0 = absent)
    private T[] _rows = new T[16];
    private Entity[] _owners = new Entity[16];
    private uint[] _changed = new uint[16];
    private int _count;

    internal ComponentStorage(World world) => _world = world;

    /// <summary>Number of entities that have this component.</summary>
    public int Count => _count;

    /// <summary>The packed components, in row order (valid until the next add or remove).</summary>
    public Span<T> Rows => _rows.AsSpan(0, _count);

    /// <summary>The entity owning each packed row, parallel to <see cref="Rows"/>.</summary>
    public ReadOnlySpan<Entity> Owners => _owners.AsSpan(0, _count);

    internal T[] RawRows => _rows;
    internal Entity[] RawOwners => _owners;
    internal uint[] RawChanged => _changed;

    /// <summary>Whether the entity in slot <paramref name="entityIndex"/> has this component.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool Has(int entityIndex) => (uint)entityIndex < (uint)_sparse.Length && _sparse[entityIndex] != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int RowOf(int entityIndex) =>
        (uint)entityIndex < (uint)_sparse.Length ? _sparse[entityIndex] - 1 : -1;

    internal ref T Set(Entity e, in T value, uint tick)
    {
        int row = RowOf(e.Index);
        if (row < 0)
        {
            if (e.Index >= _sparse.Length) Array.Resize(ref _sparse, Math.Max(_sparse.Length * 2, e.Index + 1));
            if (_count == _rows.Length)
            {
                int size = _rows.Length * 2;
                Array.Resize(ref _rows, size);
                Array.Resize(ref _owners, size);
                Array.Resize(ref _changed, size);
            }
            row = _count++;
            _sparse[e.Index] = row + 1;
            _owners[row] = e;
        }
        _rows[row] = value;
        _changed[row] = tick;
        return ref _rows[row];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ref T RefAt(int row) => ref _rows[row];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Row<T> RowAt(int row, uint tick)
    {
        // SAFETY: callers iterate 0 <= row < a count taken from this storage during the same query, and the three
        // parallel arrays are always at least Count long (they grow together; removal only shrinks Count).
        Debug.Assert((uint)row < (uint)_count && _count <= _rows.Length);
        return new(Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_owners), row),
                   ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_rows), row),
                   ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_changed), row), tick);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Stamp(int row, uint tick) => _changed[row] = tick;

    internal uint ChangedTickAt(int row) => _changed[row];

    /// <summary>Removes the component of slot <paramref name="entityIndex"/>; returns false when it had none.</summary>
    public bool Remove(int entityIndex)
    {
        int row = RowOf(entityIndex);
        if (row < 0) return false;
        int last = --_count;
        if (row != last)
        {
            _rows[row] = _rows[last];
            _owners[row] = _owners[last];
            _changed[row] = _changed[last];
            _sparse[_owners[row].Index] = row + 1;
        }
        _rows[last] = default;   // drop references held by the component (delegates, strings)
        _owners[last] = default;
        _sparse[entityIndex] = 0;
        return true;
    }

    internal World World => _world;
}
