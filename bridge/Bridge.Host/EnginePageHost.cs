using Bridge.Engine.Ecs;
using Bridge.Engine.Systems;
using Bridge.Engine.Widgets;
using Bridge.Routing;
using Bridge.Schema;

namespace Bridge.Host;

/// <summary>The router's page host over the widget world: each page root is a full-screen View under the screen root.</summary>
/// <remarks>A shown root stays display none until it is swapped in, so the next page renders before it appears and no
/// blank frame is presented; a shadow root (compare mode) is laid out but drawn at opacity 0 and takes no focus.</remarks>
public sealed class EnginePageHost(UiWorld world, FocusSystem focus) : IPageHost
{
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
    public void Swap(IPageRoot? previous, IPageRoot next)
    {
        var e = EntityIds.Unpack(next.Id);
        world.UnsetProp(e, PropKey.Display);
        if (previous is not null && world.IsAlive(EntityIds.Unpack(previous.Id)))
        {
            world.SetProp(EntityIds.Unpack(previous.Id), PropKey.Display, PropValue.Of("none"));
        }
        Shown = e;
        focus.ActiveRoot = e;
        if (!world.Focused.IsNull && !world.IsWithin(world.Focused, e))
        {
            world.Blur();
        }
    }

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
