using Bridge.App.Content;
using Bridge.App.Data;
using Bridge.Engine.Compose;
using Bridge.Engine.Frame;
using Bridge.Pages;
using Bridge.Reactive;
using Bridge.Routing;
using Bridge.Schema;
using static Bridge.App.Pages.DemoWidgets;
using static Bridge.Engine.Compose.UI;

namespace Bridge.App.Pages;

/// <summary>The native Details page, node for node the same as <c>legacy-js/demo/details.jsx</c>.</summary>
[NativePage(Name, Parameters = ["id"])]
public sealed class DetailsPage(NativePageContext page, CatalogDataService data) : INativePage
{
    /// <summary>The name the manifest uses for this native page.</summary>
    public const string Name = "Details";

    /// <inheritdoc/>
    public Node Build() => Build(new DemoPageContext(page, data), page.Params);

    private static readonly string[] Buttons = ["details-play", "details-list", "details-back"];

    /// <summary>Builds the page for the title named by the <c>id</c> parameter; focus lands on Play.</summary>
    public static Node Build(DemoPageContext ctx, PageParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var id = parameters.Get<string>("id");
        var title = ctx.Data.Catalog.Get(id);
        var similar = ctx.Data.Catalog.Similar(id);
        var palette = ctx.Palette;
        var onList = R.Signal(false);
        var memory = new Dictionary<string, int>(StringComparer.Ordinal);
        var button = 0;
        var inRail = false;

        bool OnKey(KeyEvent e)
        {
            if (e.Key == KeyName.Down && !inRail && similar.Count > 0)
            {
                inRail = true;
                ctx.RequestFocus(TileId("similar", similar[memory.GetValueOrDefault("similar")].Id));
                return true;
            }
            if (e.Key == KeyName.Up && inRail)
            {
                inRail = false;
                ctx.RequestFocus(Buttons[button]);
                return true;
            }
            if (!inRail && e.Key is KeyName.Left or KeyName.Right)
            {
                var next = button + (e.Key == KeyName.Left ? -1 : 1);
                if (next >= 0 && next < Buttons.Length) ctx.RequestFocus(Buttons[next]);
                return true;
            }
            return e.Key is KeyName.Up or KeyName.Down;
        }

        void FocusButton(int index)
        {
            button = index;
            inRail = false;
        }

        void Open(Title t) => ctx.Navigator.Navigate("details", PageParams.Of("id", t.Id));

        ctx.RequestFocus(Buttons[0]);
        return View(testId: "details", onKey: OnKey, style: new()
        {
            Width = DemoTheme.ScreenWidth, Height = DemoTheme.ScreenHeight, BackgroundColor = palette.Background, FlexDirection = "column",
        })
        [
            // The title's picture fills the screen behind a veil; the text sits on it, the rail fills the bottom.
            Image(title.Backdrop, testId: "details-backdrop", style: new()
            {
                Position = "absolute", Left = 0, Top = 0, Width = DemoTheme.ScreenWidth, Height = DemoTheme.ScreenHeight,
            }),
            View(testId: "details-scrim", style: new()
            {
                Position = "absolute", Left = 0, Top = 0, Width = DemoTheme.ScreenWidth, Height = DemoTheme.ScreenHeight, BackgroundColor = palette.Scrim,
            }),
            View(testId: "details-top", style: new()
            {
                Flex = 1, FlexDirection = "row", PaddingLeft = DemoTheme.Gutter, PaddingTop = DemoTheme.Gutter, PaddingRight = DemoTheme.Gutter,
            })
            [
                View(testId: "details-info", style: new() { Width = 760, FlexDirection = "column" })
                [
                    Text(title.Name, testId: "details-title", numberOfLines: 2, style: new() { Color = palette.Text, FontSize = 48, FontWeight = "bold" }),
                    Text(CatalogDataService.Meta(title), testId: "details-meta", style: new() { Color = palette.TextDim, FontSize = 18, MarginTop = 12 }),
                    Text(title.Synopsis, testId: "details-synopsis", numberOfLines: 3, style: new()
                    {
                        Color = palette.Text, FontSize = 20, LineHeight = 28, MarginTop = 16,
                    }),
                    View(testId: "details-buttons", style: new() { FlexDirection = "row", MarginTop = 24 })
                    [
                        Button(ctx, "details-play", () => "Play", () => ctx.Navigator.Navigate("player", PageParams.Of("id", title.Id)), () => FocusButton(0)),
                        Button(ctx, "details-list", () => onList.Value ? "On your list" : "Add to list", () => onList.Value = !onList.Value, () => FocusButton(1)),
                        Button(ctx, "details-back", () => "Back", () => ctx.Navigator.Back(), () => FocusButton(2), width: 140)
                    ],
                    Show(() => onList.Value, () =>
                        Text("Added to your watchlist", testId: "details-on-list", style: new() { Color = DemoTheme.Accent, FontSize = 16, MarginTop = 12 }))
                ]
            ],
            View(testId: "details-bottom", style: new() { PaddingBottom = 24 })
            [
                Rail(ctx, "similar", "More like this", similar, memory, Open, (_, _) => inRail = true)
            ]
        ];
    }
}
