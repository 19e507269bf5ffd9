using Bridge.Engine.Ecs;
using Bridge.Engine.Widgets;
using Bridge.Reactive;

namespace Bridge.Engine.Compose;

/// <summary>A keyed list: on change, existing keys keep their entities (moved into the new order), new keys are rendered, removed keys are disposed with their effects.</summary>
/// <remarks>An item is rendered once, when its key first appears; its render function runs in the item's own owner, so
/// the item's effects die with it. Duplicate keys are an error naming the key and both indexes.</remarks>
internal sealed class ForNode<T, TKey>(Func<IReadOnlyList<T>> items, Func<T, TKey> key, Func<T, Node> render) : Node
    where TKey : notnull
{
    internal override Slot Mount(Composer composer, Entity parent, RegionSlot region, Slot? after)
    {
        var list = new RegionSlot { Owner = R.CreateOwner() };
        region.Link(list, after);
        var state = new State(composer, parent, list, key, render);
        list.Owner.Run(() => R.Effect(() =>
        {
            IReadOnlyList<T> current = items();
            R.Untrack(() => state.Reconcile(current));
        }));
        return list;
    }

    private sealed class State(Composer composer, Entity parent, RegionSlot list, Func<T, TKey> key, Func<T, Node> render)
    {
        private Dictionary<TKey, RegionSlot> _byKey = new();
        private Dictionary<TKey, RegionSlot> _next = new();
        private readonly Dictionary<TKey, int> _indexOf = new();
        private readonly List<Entity> _entities = new();
        private RegionSlot?[] _order = [];

        public void Reconcile(IReadOnlyList<T> items)
        {
            UiWorld ui = composer.World;
            int n = items.Count;
            if (_order.Length < n) _order = new RegionSlot?[n];
            _indexOf.Clear();
            _next.Clear();
            for (int i = 0; i < n; i++)
            {
                TKey k = key(items[i]);
                if (!_indexOf.TryAdd(k, i))
                    throw new InvalidOperationException($"For: duplicate key {k} at indexes {_indexOf[k]} and {i}");
                _order[i] = _byKey.Remove(k, out RegionSlot? kept) ? kept : null;
                if (kept is not null) _next[k] = kept;
            }

            // 1. Dispose the keys that left, effects before entities.
            foreach (RegionSlot gone in _byKey.Values)
            {
                list.Unlink(gone);
                gone.Destroy(ui);
            }

            // 2. Relink the kept items in their new order and move their entities, back to front, only where needed.
            for (Slot? s = list.Head; s is not null;)
            {
                Slot? next = s.Next;
                list.Unlink(s);
                s = next;
            }
            Slot? tail = null;
            for (int i = 0; i < n; i++)
            {
                if (_order[i] is not { } kept) continue;
                list.Link(kept, tail);
                tail = kept;
            }
            Entity anchor = list.Anchor();
            for (Slot? s = list.Tail; s is not null; s = s.Previous)
            {
                _entities.Clear();
                s.CollectEntities(_entities);
                for (int j = _entities.Count - 1; j >= 0; j--)
                {
                    Entity e = _entities[j];
                    if (ui.Ecs.ParentOf(e) != parent || ui.Ecs.NextSibling(e) != anchor) ui.InsertChild(parent, e, anchor);
                    anchor = e;
                }
            }

            // 3. Render the new keys in place: each one's anchor is the first entity of the kept items after it.
            Slot? previous = null;
            for (int i = 0; i < n; i++)
            {
                if (_order[i] is { } kept)
                {
                    previous = kept;
                    continue;
                }
                T item = items[i];
                var slot = new RegionSlot { Owner = list.Owner!.Run(R.CreateOwner) };
                list.Link(slot, previous);
                _next[key(item)] = slot;
                previous = slot;
                slot.Owner.Run(() => render(item).Mount(composer, parent, slot, null));
            }
            Array.Clear(_order, 0, n);
            (_byKey, _next) = (_next, _byKey);
        }
    }
}
