using Bridge.Engine.Ecs;
using Bridge.Engine.Widgets;
using Bridge.Reactive;

namespace Bridge.Engine.Compose;

/// <summary>A mounted piece of a parent's child list: one element, or a dynamic region (list, branch, boundary) of slots.</summary>
/// <remarks>Slots form, per parent entity, a tree of ordered regions; the entities of the parent's children are the
/// leaves in order. A new or moved entity is inserted before the first entity of the slots that follow it, which is
/// how keyed lists and conditionals keep their place among static siblings without marker entities.</remarks>
internal abstract class Slot
{
    public Slot? Next;
    public Slot? Previous;
    public RegionSlot? Container;

    /// <summary>The first entity of this slot in child order, or null when it has none.</summary>
    public abstract Entity First();

    /// <summary>Appends this slot's root entities, in order.</summary>
    public abstract void CollectEntities(List<Entity> into);

    /// <summary>Disposes this slot's effects and destroys its entities.</summary>
    public abstract void Destroy(UiWorld world);

    /// <summary>The first entity after this slot among the parent's children (the insertion anchor), or null to append.</summary>
    public Entity Anchor()
    {
        for (Slot? s = this; s is not null; s = s.Container)
        {
            for (Slot? n = s.Next; n is not null; n = n.Next)
            {
                Entity e = n.First();
                if (!e.IsNull) return e;
            }
        }
        return Entity.Null;
    }
}

/// <summary>A single element's entity.</summary>
internal sealed class ElementSlot(Entity entity) : Slot
{
    public Entity Entity { get; } = entity;

    public override Entity First() => Entity;

    public override void CollectEntities(List<Entity> into) => into.Add(Entity);

    public override void Destroy(UiWorld world)
    {
        if (world.IsAlive(Entity)) world.DestroySubtree(Entity);
    }
}

/// <summary>An ordered region of slots, with the owner whose effects belong to it.</summary>
internal class RegionSlot : Slot
{
    public Slot? Head;
    public Slot? Tail;
    public Owner? Owner;

    public override Entity First()
    {
        for (Slot? s = Head; s is not null; s = s.Next)
        {
            Entity e = s.First();
            if (!e.IsNull) return e;
        }
        return Entity.Null;
    }

    public override void CollectEntities(List<Entity> into)
    {
        for (Slot? s = Head; s is not null; s = s.Next) s.CollectEntities(into);
    }

    public override void Destroy(UiWorld world)
    {
        // Effects first, so none runs against an entity that is already gone.
        Owner?.Dispose();
        Owner = null;
        for (Slot? s = Head; s is not null; s = s.Next) s.Destroy(world);
        Head = Tail = null;
    }

    /// <summary>Links <paramref name="slot"/> after <paramref name="after"/> (null: at the head).</summary>
    public void Link(Slot slot, Slot? after)
    {
        slot.Container = this;
        slot.Previous = after;
        slot.Next = after is null ? Head : after.Next;
        if (slot.Next is null) Tail = slot;
        else slot.Next.Previous = slot;
        if (after is null) Head = slot;
        else after.Next = slot;
    }

    /// <summary>Unlinks <paramref name="slot"/> from this region.</summary>
    public void Unlink(Slot slot)
    {
        if (slot.Previous is null) Head = slot.Next;
        else slot.Previous.Next = slot.Next;
        if (slot.Next is null) Tail = slot.Previous;
        else slot.Next.Previous = slot.Previous;
        slot.Next = slot.Previous = null;
        slot.Container = null;
    }
}
