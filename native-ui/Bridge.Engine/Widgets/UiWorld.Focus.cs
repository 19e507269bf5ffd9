using Bridge.Engine.Ecs;

namespace Bridge.Engine.Widgets;

public sealed partial class UiWorld
{
    private Entity _focused;

    /// <summary>The focused entity, or null when nothing is focused.</summary>
    public Entity Focused => Ecs.IsAlive(_focused) ? _focused : Entity.Null;

    /// <summary>Moves focus to <paramref name="e"/> (which must be focusable), calling the old node's onBlur then the new one's onFocus.</summary>
    public void Focus(Entity e)
    {
        Ecs.EnsureAlive(e, "Focus");
        if (!Ecs.TryGet(e, out Focusable f) || !f.Enabled)
            throw new InvalidOperationException($"Focus: {e} is not focusable (set focusable on it first)");
        if (_focused == e) return;
        Entity old = Focused;
        _focused = e;
        if (!old.IsNull && Ecs.TryGet(old, out Handlers oh)) oh.OnBlur?.Invoke();
        // The blur handler may have moved focus elsewhere; only announce focus if it is still ours.
        if (_focused == e && Ecs.TryGet(e, out Handlers nh)) nh.OnFocus?.Invoke();
    }

    /// <summary>Clears focus, calling the focused node's onBlur.</summary>
    public void Blur()
    {
        Entity old = Focused;
        _focused = Entity.Null;
        if (!old.IsNull && Ecs.TryGet(old, out Handlers h)) h.OnBlur?.Invoke();
    }

    /// <summary>Whether <paramref name="e"/> is <paramref name="ancestor"/> or one of its descendants.</summary>
    public bool IsWithin(Entity e, Entity ancestor)
    {
        for (Entity a = e; !a.IsNull; a = Ecs.ParentOf(a))
            if (a == ancestor) return true;
        return false;
    }
}
