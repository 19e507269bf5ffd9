using Bridge.Engine.Ecs;
using Bridge.Engine.Systems;
using Bridge.Engine.Widgets;
using Bridge.Interaction.Animation;
using Bridge.Routing;
using Bridge.Schema;

namespace Bridge.Host;

/// <summary>The router's page host over the widget world: each page root is a full-screen View under the screen root.</summary>
/// <remarks>A shown root stays display none until it is swapped in, so the next page renders before it appears and no
/// blank frame is presented; a shadow root (compare mode) is laid out but drawn at opacity 0 and takes no focus.
/// With a <see cref="Transition"/>, going forward slides (or fades) the new page in while the old one leaves and is
/// hidden at the end; going back plays the reverse motion, and the page that left is unmounted when its motion ends
/// (<see cref="Retire"/>). A new page change finishes any motion still running.</remarks>
public sealed class EnginePageHost(UiWorld world, FocusSystem focus, AnimationSystem? animation = null) : IPageHost
{
    private readonly HashSet<Entity> _leaving = [];
    private readonly List<(Entity Root, Action Unmount)> _retiring = [];

    /// <summary>The motion of a page change; none by default.</summary>
    public PageTransitionKind Transition { get; set; }

    /// <summary>How long a page transition takes.</summary>
    public float TransitionMs { get; set; } = PageTransition.DefaultDurationMs;

    /// <summary>The time of the current frame in ms, for starting transitions (the frame loop's clock).</summary>
    public Func<double>? Clock { get; set; }

    /// <summary>The distance of a slide, in pixels (the viewport width).</summary>
    public Func<float>? Width { get; set; }

    /// <summary>The root on screen, or null before the first swap.</summary>
    public Entity Shown { get; private set; }

    /// <inheritdoc/>
    public IPageRoot CreateRoot(string page, PageRole role)
    {
        var e = world.CreateNode(WidgetType.View);
        world.SetProp(e, PropKey.Position, PropValue.Of("absolute"));
        world.SetProp(e, PropKey.Left, PropValue.Of(0));
        world.SetProp(e, PropKey.Top, PropValue.Of(0));
        world.SetProp(e, PropKey.Width, PropValue.Of("100%"));
        world.SetProp(e, PropKey.Height, PropValue.Of("100%"));
        if (role == PageRole.Shadow)
        {
            world.SetProp(e, PropKey.Opacity, PropValue.Of(0));
        }
        else
        {
            world.SetProp(e, PropKey.Display, PropValue.Of("none"));
        }
        world.InsertChild(world.ScreenRoot, e);
        return new Root(world, e);
    }

    /// <inheritdoc/>
    public void Swap(IPageRoot? previous, IPageRoot next) => Swap(previous, next, SwapReason.Replace);

    /// <inheritdoc/>
    public void Swap(IPageRoot? previous, IPageRoot next, SwapReason reason)
    {
        var e = EntityIds.Unpack(next.Id);
        FinishLeaving();
        world.UnsetProp(e, PropKey.Display);
        var old = previous is null ? Entity.Null : EntityIds.Unpack(previous.Id);
        if (!world.IsAlive(old))
        {
            old = Entity.Null;
        }
        var kind = Motion(reason);
        if (kind != PageTransitionKind.None && animation is not null && !old.IsNull)
        {
            // The old page stays on screen until its motion ends (PageTransitionEnded hides it); a pushed page was
            // created later, so it is drawn over the one it covers.
            _leaving.Add(old);
            animation.StartPageTransition(old, e, kind, TransitionMs, Width?.Invoke() ?? 0, Clock?.Invoke() ?? 0);
        }
        else if (!old.IsNull)
        {
            world.SetProp(old, PropKey.Display, PropValue.Of("none"));
        }
        Shown = e;
        focus.ActiveRoot = e;
        if (!world.Focused.IsNull && !world.IsWithin(world.Focused, e))
        {
            world.Blur();
        }
    }

    /// <inheritdoc/>
    public void Retire(IPageRoot root, Action unmount)
    {
        var e = EntityIds.Unpack(root.Id);
        if (_leaving.Contains(e))
        {
            _retiring.Add((e, unmount));
        }
        else
        {
            unmount();
        }
    }

    /// <summary>Hides (or unmounts, when the router retired it) a page whose leaving motion ended; the animation system reports it.</summary>
    public void TransitionEnded(Entity root)
    {
        if (!_leaving.Remove(root))
        {
            return;
        }
        for (var i = 0; i < _retiring.Count; i++)
        {
            if (_retiring[i].Root == root)
            {
                var unmount = _retiring[i].Unmount;
                _retiring.RemoveAt(i);
                unmount();
                return;
            }
        }
        if (world.IsAlive(root) && root != Shown)
        {
            world.SetProp(root, PropKey.Display, PropValue.Of("none"));
        }
    }

    /// <summary>Ends every leaving motion now: retired pages are unmounted, the others hidden.</summary>
    public void FinishLeaving()
    {
        foreach (var root in _leaving.ToArray())
        {
            TransitionEnded(root);
        }
    }

    private PageTransitionKind Motion(SwapReason reason) => (Transition, reason) switch
    {
        (PageTransitionKind.None, _) or (_, SwapReason.Replace) => PageTransitionKind.None,
        (PageTransitionKind.SlideLeft or PageTransitionKind.SlideRight, SwapReason.Back) => PageTransitionKind.SlideRight,
        (PageTransitionKind.SlideLeft or PageTransitionKind.SlideRight, _) => PageTransitionKind.SlideLeft,
        _ => Transition,
    };

    private sealed class Root(UiWorld world, Entity entity) : IPageRoot
    {
        public long Id { get; } = EntityIds.Pack(entity);

        public void Dispose()
        {
            if (world.IsAlive(entity))
            {
                world.DestroySubtree(entity);
            }
        }
    }
}
