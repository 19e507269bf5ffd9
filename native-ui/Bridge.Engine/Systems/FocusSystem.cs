using Bridge.Engine.Ecs;
using Bridge.Engine.Focus;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Interaction.Focus;
using Bridge.Interaction.Geometry;
using Bridge.Schema;

namespace Bridge.Engine.Systems;

/// <summary>Moves focus on direction keys nobody consumed, by spatial navigation inside the active page root.</summary>
/// <remarks>Reads the input system's unhandled keys, the layout boxes (exact, via <see cref="UiWorld.AbsoluteBox"/>),
/// <see cref="Focusable"/>, the hierarchy; writes the focus state and <see cref="FocusMemory"/>. Also puts focus back on
/// the focusable nearest the old box when the focused entity was destroyed, and makes the groups around a node focused
/// from outside (requestFocus, the router restoring focus) remember it, as a move would. <see cref="ScrollIntoViewSystem"/>
/// keeps the result visible.</remarks>
public sealed class FocusSystem : EngineSystem
{
    private readonly UiWorld _world;
    private readonly InputSystem _input;
    private readonly SpatialNavigator _navigator = new();
    private Entity _lastFocused;
    private Entity _activeRoot;
    private Rect _lastBounds;
    private readonly Entity[] _lastAncestors = new Entity[32];
    private int _lastAncestorCount;

    /// <summary>Creates the system reading <paramref name="input"/>'s unhandled keys.</summary>
    public FocusSystem(UiWorld world, InputSystem input)
    {
        _world = world ?? throw new ArgumentNullException(nameof(world));
        _input = input ?? throw new ArgumentNullException(nameof(input));
    }

    /// <inheritdoc/>
    public override FrameStage Stage => FrameStage.Focus;

    /// <summary>The page root focus lives in; nodes outside it are never chosen. Null: the whole screen.</summary>
    /// <remarks>Changing it forgets the navigator's last navigation, which belonged to the page that is leaving.</remarks>
    public Entity ActiveRoot
    {
        get => _activeRoot;
        set
        {
            if (value != _activeRoot)
            {
                _activeRoot = value;
                _input.KeyRoot = value;
                _navigator.ClearLast();
            }
        }
    }

    /// <summary>The navigator (distance measure, last candidates for the debug overlay).</summary>
    public SpatialNavigator Navigator => _navigator;

    /// <summary>Unhandled back keys of the last frame (the router goes back on them).</summary>
    public int BackPresses { get; private set; }

    /// <inheritdoc/>
    public override void Run(in SystemContext context)
    {
        BackPresses = 0;
        var graph = new EcsFocusGraph(_world, ActiveRoot);
        if (_world.Focused.IsNull && !_lastFocused.IsNull && !_world.IsAlive(_lastFocused))
        {
            RecoverFrom(graph);
        }
        var current = _world.Focused;
        if (!current.IsNull && current != _lastFocused)
        {
            RememberInGroups(graph, current);
        }
        foreach (ref readonly var key in _input.Unhandled)
        {
            if (key.Key == KeyName.Back)
            {
                BackPresses++;
                continue;
            }
            Move(graph, key.Key);
        }
        TrackFocused(graph);
    }

    /// <summary>Moves focus for a direction key now, as for an unhandled key in a frame (other keys do nothing).</summary>
    /// <remarks>For keys whose handling was decided later: a legacy page's key that JS's <c>onKey</c> did not consume.</remarks>
    public void Navigate(in KeyEvent key) => Move(new EcsFocusGraph(_world, ActiveRoot), key.Key);

    private void Move(EcsFocusGraph graph, KeyName key)
    {
        if (!key.TryGetDirection(out var direction))
        {
            return;
        }
        var focused = _world.Focused;
        if (focused.IsNull || !InActiveRoot(focused))
        {
            FocusFirstIn(graph);
            return;
        }
        var result = _navigator.Navigate(graph, focused.Index, direction);
        if (result.HasTarget)
        {
            MoveFocus(graph, _world.Ecs.EntityAt(result.Target));
        }
    }

    // The focused node's place, kept each frame so that its removal can be answered by the nearest survivor.
    private void TrackFocused(EcsFocusGraph graph)
    {
        var focused = _world.Focused;
        if (focused != _lastFocused)
        {
            _lastAncestorCount = 0;
            for (var a = _world.Ecs.ParentOf(focused); !a.IsNull && _lastAncestorCount < _lastAncestors.Length; a = _world.Ecs.ParentOf(a))
            {
                _lastAncestors[_lastAncestorCount++] = a;
            }
        }
        _lastFocused = focused;
        if (!focused.IsNull)
        {
            _lastBounds = graph.Bounds(focused.Index);
        }
    }

    /// <summary>The focused node was destroyed: focus the focusable nearest its old box, in its nearest surviving ancestor.</summary>
    private void RecoverFrom(EcsFocusGraph graph)
    {
        for (var i = 0; i < _lastAncestorCount; i++)
        {
            var ancestor = _lastAncestors[i];
            if (!_world.IsAlive(ancestor) || !InActiveRoot(ancestor))
            {
                continue;
            }
            var target = _navigator.Recover(graph, ancestor.Index, _lastBounds);
            if (target >= 0)
            {
                MoveFocus(graph, _world.Ecs.EntityAt(target));
                return;
            }
            break;
        }
        FocusFirstIn(graph);
    }

    /// <summary>Focuses the first focusable node of the active root (remembered, preferred or nearest the top-left).</summary>
    public bool FocusFirst() => FocusFirstIn(new EcsFocusGraph(_world, ActiveRoot));

    private bool FocusFirstIn(EcsFocusGraph graph)
    {
        var root = ActiveRoot.IsNull ? _world.ScreenRoot : ActiveRoot;
        if (!_world.IsAlive(root))
        {
            return false;
        }
        var first = _navigator.FirstFocusable(graph, root.Index);
        if (first < 0)
        {
            return false;
        }
        MoveFocus(graph, _world.Ecs.EntityAt(first));
        return true;
    }

    private void MoveFocus(EcsFocusGraph graph, Entity target)
    {
        _world.Focus(target);
        RememberInGroups(graph, target);
    }

    // Every rail on the way up remembers which of its children leads to the new focus.
    private void RememberInGroups(EcsFocusGraph graph, Entity target) => _navigator.RecordFocus(graph, target.Index);

    private bool InActiveRoot(Entity e) => ActiveRoot.IsNull || _world.IsWithin(e, ActiveRoot);
}
