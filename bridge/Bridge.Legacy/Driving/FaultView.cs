using Bridge.Engine.Ecs;
using Bridge.Engine.Widgets;
using Bridge.Schema;

namespace Bridge.Legacy.Driving;

/// <summary>What a legacy page that stopped working shows instead of itself: a native View saying so and why, focusable
/// so that the back key leaves it as from any page.</summary>
internal static class FaultView
{
    /// <summary>The testID of the view (tree dumps and tests find it by this).</summary>
    public const string TestId = "bridge-page-error";

    /// <summary>Builds the view as the only child of <paramref name="container"/>.</summary>
    public static Entity Show(UiWorld world, Entity container, string page, string reason)
    {
        var view = world.CreateNode(WidgetType.View);
        world.SetProp(view, PropKey.TestId, PropValue.Of(TestId));
        world.SetProp(view, PropKey.Focusable, PropValue.Of(true));
        world.SetProp(view, PropKey.Width, PropValue.Of("100%"));
        world.SetProp(view, PropKey.Height, PropValue.Of("100%"));
        world.SetProp(view, PropKey.Padding, PropValue.Of(64));
        world.SetProp(view, PropKey.JustifyContent, PropValue.Of("center"));
        world.SetProp(view, PropKey.BackgroundColor, PropValue.Of("#1b1e24"));
        var title = world.CreateNode(WidgetType.Text);
        world.SetProp(title, PropKey.FontSize, PropValue.Of(32));
        world.SetProp(title, PropKey.Color, PropValue.Of("#ffffff"));
        world.SetText(title, $"The page \"{page}\" stopped working");
        var detail = world.CreateNode(WidgetType.Text);
        world.SetProp(detail, PropKey.TestId, PropValue.Of(TestId + "-reason"));
        world.SetProp(detail, PropKey.FontSize, PropValue.Of(18));
        world.SetProp(detail, PropKey.Color, PropValue.Of("#aab0bb"));
        world.SetProp(detail, PropKey.MarginTop, PropValue.Of(16));
        world.SetProp(detail, PropKey.NumberOfLines, PropValue.Of(4));
        world.SetText(detail, reason.Length > 600 ? reason[..600] + "…" : reason);
        world.InsertChild(view, title);
        world.InsertChild(view, detail);
        world.InsertChild(container, view);
        return view;
    }
}
