using Bridge.Engine.Compose;
using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Pages;
using Bridge.Routing;
using Bridge.Schema;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Cli.Tests.Navigation;

/// <summary>A navigation case as a native page built with the compose DSL; <c>fixtures/navigation.jsx</c> is its legacy twin.</summary>
/// <remarks>Every node is an absolutely positioned View at its box (relative to its parent's box), with the focus props the
/// case gives: a group is <c>focusGroup</c> group or remember, hidden is display none, an override is <c>nextFocus*</c>
/// and consumed keys are an <c>onKey</c> returning true for them.</remarks>
internal static class NativeNavigationPage
{
    /// <summary>The name the page is registered under.</summary>
    public const string Name = "NavigationCase";

    /// <summary>Builds the case named by the page's <c>case</c> parameter.</summary>
    public static Node Build(NativePageContext page, NavigationCaseFile cases) => Build(cases.Get(page.Params.Get<string>("case")).Tree, 0, 0);

    private static ElementNode Build(NavigationNode node, float parentX, float parentY)
    {
        var style = new StyleProps { Position = "absolute", Left = node.X - parentX, Top = node.Y - parentY, Width = node.W, Height = node.H };
        if (node.Hidden)
        {
            style.Display = "none";
        }
        var view = View(style, testId: node.Id, focusable: node.Focusable, onKey: Consumer(node.Consume), focus: Options(node));
        foreach (var child in node.ChildNodes)
        {
            view.Add(Build(child, node.X, node.Y));
        }
        return view;
    }

    private static FocusOptions Options(NavigationNode node) => new()
    {
        Group = node.Group is null ? FocusGroupKind.Unset : node.Group.Remember ? FocusGroupKind.Remember : FocusGroupKind.Group,
        Preferred = node.Group?.Preferred,
        Boundary = NavigationGroup.ToSet(node.Group?.Boundary),
        Wrap = NavigationGroup.ToSet(node.Group?.Wrap),
        NextUp = node.OverrideFor("up"),
        NextDown = node.OverrideFor("down"),
        NextLeft = node.OverrideFor("left"),
        NextRight = node.OverrideFor("right"),
    };

    private static Func<KeyEvent, bool>? Consumer(IReadOnlyList<string>? keys)
    {
        if (keys is null)
        {
            return null;
        }
        var consumed = keys.Select(k => KeyNames.TryParse(k, out var key) ? key : throw new InvalidDataException($"'{k}' is not a key")).ToHashSet();
        return e => consumed.Contains(e.Key);
    }
}
