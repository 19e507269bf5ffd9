using Bridge.Interaction.Geometry;
using Bridge.Interaction.Input;

namespace Bridge.Interaction.Focus;

/// <summary>What a key press did.</summary>
public enum KeyOutcomeKind : byte
{
    /// <summary>Focus moved (geometry, override or wrap).</summary>
    Moved = 0,
    /// <summary>A group boundary kept focus.</summary>
    Blocked = 1,
    /// <summary>Nothing lies in that direction; focus stays.</summary>
    NoCandidate = 2,
    /// <summary>A key handler consumed the key.</summary>
    Consumed = 3,
    /// <summary>A held key's repeat came too early and was dropped.</summary>
    Throttled = 4,
    /// <summary>Select or back, not consumed: the host presses the focused node or goes back.</summary>
    PassedOn = 5,
    /// <summary>Nothing has focus.</summary>
    NoFocus = 6,
    /// <summary>Navigation found a target but the host vetoed the move.</summary>
    Cancelled = 7,
}

/// <summary>The result of <see cref="FocusController.HandleKey"/>.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="From">The node focused before the key.</param>
/// <param name="To">The node focused after it (equal to From unless it moved).</param>
/// <param name="Handler">The node whose handler consumed the key, the blocking group, the vetoed target, or -1.</param>
public readonly record struct KeyOutcome(KeyOutcomeKind Kind, int From, int To, int Handler);

/// <summary>Owns the focused node of one focus tree and turns key presses into focus moves.</summary>
/// <remarks>
/// Per key: throttle held-key repeats, offer the key to <c>onKey</c> handlers from the focused node up to the root
/// (any may consume it), navigate spatially, let the host veto the move, then remember the new focus in every
/// enclosing group.
/// </remarks>
public sealed class FocusController
{
    private readonly SpatialNavigator _navigator;
    private readonly KeyRepeatThrottle _throttle;

    /// <summary>Creates a controller over a navigator and a repeat throttle.</summary>
    public FocusController(SpatialNavigator navigator, KeyRepeatThrottle throttle)
    {
        _navigator = navigator ?? throw new ArgumentNullException(nameof(navigator));
        _throttle = throttle ?? throw new ArgumentNullException(nameof(throttle));
    }

    /// <summary>The focused node, or -1.</summary>
    public int Focused { get; private set; } = -1;

    /// <summary>The navigator (its last candidates feed the debug overlay).</summary>
    public SpatialNavigator Navigator => _navigator;

    /// <summary>Handles a key-down at a time in milliseconds.</summary>
    public KeyOutcome HandleKey<THost>(THost host, RemoteKey key, double nowMs)
        where THost : IFocusHost
    {
        var from = Focused;
        // STEP 1: a held key repeats no faster than the throttle allows.
        if (!_throttle.KeyDown(key, nowMs))
        {
            return new KeyOutcome(KeyOutcomeKind.Throttled, from, from, -1);
        }
        if (from < 0)
        {
            return new KeyOutcome(KeyOutcomeKind.NoFocus, -1, -1, -1);
        }

        // STEP 2: handlers from the focused node up to the root may consume the key.
        for (var node = from; node >= 0; node = host.Parent(node))
        {
            if (host.OnKey(node, key) == KeyVerdict.Consume)
            {
                return new KeyOutcome(KeyOutcomeKind.Consumed, from, from, node);
            }
        }
        if (!key.TryGetDirection(out var direction))
        {
            return new KeyOutcome(KeyOutcomeKind.PassedOn, from, from, -1);
        }

        // STEP 3: spatial navigation.
        var result = _navigator.Navigate(host, from, direction);
        if (result.HasTarget && !host.ApproveMove(from, result.Target, direction))
        {
            return new KeyOutcome(KeyOutcomeKind.Cancelled, from, from, result.Target);
        }
        if (result.HasTarget)
        {
            SetFocus(host, result.Target);
            return new KeyOutcome(KeyOutcomeKind.Moved, from, result.Target, -1);
        }
        return result.Reason == NavigationReason.Blocked
            ? new KeyOutcome(KeyOutcomeKind.Blocked, from, from, result.Blocker)
            : new KeyOutcome(KeyOutcomeKind.NoCandidate, from, from, -1);
    }

    /// <summary>Records a key-up, ending a held key's repeats.</summary>
    public void KeyUp(RemoteKey key) => _throttle.KeyUp(key);

    /// <summary>Focuses a node, or the first focusable inside it (remembered, preferred, top-left); false when there is none.</summary>
    public bool RequestFocus<TGraph>(TGraph graph, int node)
        where TGraph : IFocusGraph
    {
        var target = _navigator.FirstFocusable(graph, node);
        if (target < 0)
        {
            return false;
        }
        SetFocus(graph, target);
        return true;
    }

    /// <summary>True when the focused node is <paramref name="node"/> or lies under it (ask before removing a subtree).</summary>
    public bool IsFocusWithin<TGraph>(TGraph graph, int node)
        where TGraph : IFocusGraph
    {
        for (var p = Focused; p >= 0; p = graph.Parent(p))
        {
            if (p == node)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Moves focus to the node nearest the removed focused node's old box; returns it, or -1 when nothing is left.</summary>
    public int RestoreAfterRemoval<TGraph>(TGraph graph, int oldParent, Rect oldBounds)
        where TGraph : IFocusGraph
    {
        var target = _navigator.Recover(graph, oldParent, oldBounds);
        if (target >= 0)
        {
            SetFocus(graph, target);
        }
        else
        {
            Focused = -1;
        }
        return target;
    }

    /// <summary>Forgets the focus (page unmounted).</summary>
    public void Clear() => Focused = -1;

    private void SetFocus<TGraph>(TGraph graph, int node)
        where TGraph : IFocusGraph
    {
        Focused = node;
        // Every enclosing group remembers its focus child on the path: the nearest group or the node itself.
        var focusChild = node;
        for (var p = graph.Parent(node); p >= 0; p = graph.Parent(p))
        {
            if (graph.Group(p).IsGroup)
            {
                graph.Remember(p, focusChild);
                focusChild = p;
            }
        }
    }
}
