using Bridge.App.Content;
using Bridge.App.Data;
using Bridge.Engine.Compose;
using Bridge.Engine.Frame;
using Bridge.Pages;
using Bridge.Routing;
using Bridge.Schema;
using static Bridge.App.Pages.DemoWidgets;
using static Bridge.Engine.Compose.UI;

namespace Bridge.App.Pages;

/// <summary>The native Home page: hero banner and rails, node for node the same as <c>legacy-js/demo/home.jsx</c>.</summary>
[NativePage(Name)]
public sealed class HomePage(NativePageContext page, CatalogDataService data) : INativePage
{
    /// <summary>The name the manifest uses for this native page.</summary>
    public const string Name = "Home";

    /// <inheritdoc/>
    public Node Build() => Build(new DemoPageContext(page, data));

    /// <summary>Builds the page; focus lands on the hero's Play button.</summary>
    public static Node Build(DemoPageContext ctx)
    {
        var palette = ctx.Palette;
        var catalog = ctx.Data.Catalog;
        var rails = catalog.Rails;
        var featured = catalog.Featured.FirstOrDefault();
        var memory = new Dictionary<string, int>(StringComparer.Ordinal);
        // Row -1 is the hero; rails are 0..n-1.
        var row = -1;

        void FocusRow(int next)
        {
            if (next < -1 || next >= rails.Count) return;
            row = next;
            if (next == -1)
            {
                ctx.RequestFocus("hero-play");
                return;
            }
            var rail = rails[next];
            ctx.RequestFocus(TileId(rail.Id, rail.Titles[memory.GetValueOrDefault(rail.Id)].Id));
        }

        bool OnKey(KeyEvent e)
        {
            switch (e.Key)
            {
                case KeyName.Down: FocusRow(row + 1); return true;
                case KeyName.Up: FocusRow(row - 1); return true;
                default: return false;
            }
        }

        void Open(Title t) => ctx.Navigator.Navigate("details", PageParams.Of("id", t.Id));

        var scroll = View(testId: "home-scroll", scroll: Bridge.Engine.Widgets.ScrollAxis.Vertical, style: new()
        {
            Flex = 1, FlexDirection = "column", Overflow = "hidden", PaddingBottom = 48,
        });
        if (featured is not null)
        {
            scroll.Add(Hero(ctx, featured));
            ctx.RequestFocus("hero-play");
        }
        foreach (var rail in rails)
        {
            scroll.Add(Rail(ctx, rail.Id, rail.Name, rail.Titles, memory, Open,
                (railId, _) => row = IndexOf(rails, railId)));
        }
        return View(testId: "home", onKey: OnKey, style: new()
        {
            Width = DemoTheme.ScreenWidth, Height = DemoTheme.ScreenHeight, BackgroundColor = palette.Background, FlexDirection = "column",
        })[scroll];
    }

    private static Node Hero(DemoPageContext ctx, Title title)
    {
        var palette = ctx.Palette;
        var button = 0;
        bool OnKey(KeyEvent e)
        {
            if (e.Key == KeyName.Left && button == 1) { ctx.RequestFocus("hero-play"); return true; }
            if (e.Key == KeyName.Right && button == 0) { ctx.RequestFocus("hero-details"); return true; }
            return e.Key is KeyName.Left or KeyName.Right;
        }
        return View(testId: "hero", onKey: OnKey, style: new() { Width = DemoTheme.ScreenWidth, Height = 400 })
        [
            Image(title.Hero ?? title.Poster, testId: "hero-image", style: new()
            {
                Position = "absolute", Left = 0, Top = 0, Width = DemoTheme.ScreenWidth, Height = 400,
            }),
            // The banner's art has no text: genre and title are text, sharp at any screen size.
            View(style: new()
            {
                Position = "absolute", Left = DemoTheme.Gutter + 16, Top = 96, Width = 640, FlexDirection = "column", AlignItems = "flex-start",
            })
            [
                View(style: new() { BackgroundColor = DemoTheme.Accent, BorderRadius = 6, PaddingLeft = 12, PaddingRight = 12, PaddingTop = 4, PaddingBottom = 4 })
                [
                    Text(title.GenreName.ToUpperInvariant(), testId: "hero-genre", style: new() { Color = "#ffffff", FontSize = 20, FontWeight = "bold" })
                ],
                Text(title.Name, testId: "hero-title", numberOfLines: 1, style: new() { Color = "#ffffff", FontSize = 60, FontWeight = "bold", MarginTop = 16 }),
                Text(title.Synopsis, testId: "hero-synopsis", numberOfLines: 2, style: new()
                {
                    Color = palette.Text, FontSize = 18, LineHeight = 24, MarginTop = 12,
                }),
                View(style: new() { FlexDirection = "row", MarginTop = 16 })
                [
                    Button(ctx, "hero-play", () => "Play", () => ctx.Navigator.Navigate("player", PageParams.Of("id", title.Id)), () => button = 0),
                    Button(ctx, "hero-details", () => "Details", () => ctx.Navigator.Navigate("details", PageParams.Of("id", title.Id)), () => button = 1)
                ]
            ]
        ];
    }

    private static int IndexOf(IReadOnlyList<Rail> rails, string id)
    {
        for (var i = 0; i < rails.Count; i++)
        {
            if (rails[i].Id == id) return i;
        }
        return -1;
    }
}
