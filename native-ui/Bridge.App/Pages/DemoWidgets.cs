using Bridge.App.Content;
using Bridge.Engine.Compose;
using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Reactive;
using Bridge.Schema;
using static Bridge.Engine.Compose.UI;

namespace Bridge.App.Pages;

/// <summary>The demo's composables shared by the native pages; node for node the same as <c>legacy-js/demo/components.jsx</c>.</summary>
public static class DemoWidgets
{
    /// <summary>A poster tile: artwork in a frame lit with the accent colour on focus, the title below.</summary>
    public static ElementNode Tile(DemoPageContext ctx, string testId, Title title, Action onPress, Action? onFocus = null)
    {
        var palette = ctx.Palette;
        var focused = R.Signal(false);
        return View(
            testId: testId,
            focusable: true,
            onPress: onPress,
            onFocus: () =>
            {
                focused.Value = true;
                onFocus?.Invoke();
            },
            onBlur: () => focused.Value = false,
            // The engine's focus effect, timed like the legacy tile's four 16 ms steps to 1.08.
            focusScale: (float)DemoTheme.FocusScale,
            style: new()
            {
                Width = DemoTheme.TileWidth,
                FlexDirection = "column",
                TransitionDuration = DemoTheme.FocusScaleMs,
                TransitionTimingFunction = "linear",
            })
        [
            View(style: new()
            {
                Width = DemoTheme.TileWidth,
                Height = DemoTheme.TileHeight,
                BorderRadius = 8,
                BorderWidth = DemoTheme.TileBorder,
                BorderColor = Bind(() => focused.Value ? DemoTheme.Accent : "transparent"),
                BackgroundColor = palette.Surface,
                Overflow = "hidden",
            })
            [
                Image(title.Poster, style: new()
                {
                    Width = DemoTheme.TileWidth - 2 * DemoTheme.TileBorder,
                    Height = DemoTheme.TileHeight - 2 * DemoTheme.TileBorder,
                })
            ],
            Text(title.Name, numberOfLines: 1, style: new()
            {
                Color = Bind(() => focused.Value ? palette.Text : palette.TextDim),
                FontSize = 18,
                MarginTop = 8,
            })
        ];
    }

    /// <summary>A focusable text button, filled with the accent colour while focused.</summary>
    public static ElementNode Button(DemoPageContext ctx, string testId, Func<string> label, Action onPress, Action? onFocus = null, double width = 200)
    {
        var palette = ctx.Palette;
        var focused = R.Signal(false);
        return View(
            testId: testId,
            focusable: true,
            onPress: onPress,
            onFocus: () => { focused.Value = true; onFocus?.Invoke(); },
            onBlur: () => focused.Value = false,
            style: new()
            {
                Width = width,
                Height = 56,
                BorderRadius = 8,
                MarginRight = 16,
                JustifyContent = "center",
                AlignItems = "center",
                BackgroundColor = Bind(() => focused.Value ? DemoTheme.Accent : palette.Raised),
            })
        [
            Text(label, style: new()
            {
                Color = Bind(() => focused.Value ? "#ffffff" : palette.Text),
                FontSize = 20,
                FontWeight = "bold",
            })
        ];
    }

    /// <summary>
    /// A titled horizontal rail of tiles; left/right move along it and <paramref name="memory"/> keeps its focused
    /// index so that the page can return to it.
    /// </summary>
    public static ElementNode Rail(DemoPageContext ctx, string id, string name, IReadOnlyList<Title> items,
                                   Dictionary<string, int> memory, Action<Title> open, Action<string, int>? onTileFocus = null)
    {
        var palette = ctx.Palette;
        var row = View(testId: $"rail-{id}-row", scroll: ScrollAxis.Horizontal, style: new()
        {
            FlexDirection = "row", Gap = 24, MarginTop = 12, PaddingTop = 8, PaddingBottom = 8, Width = 1232, Overflow = "hidden",
        });
        for (var i = 0; i < items.Count; i++)
        {
            var index = i;
            var item = items[i];
            row.Add(Tile(ctx, TileId(id, item.Id), item, () => open(item), () =>
            {
                memory[id] = index;
                onTileFocus?.Invoke(id, index);
            }));
        }
        return View(testId: $"rail-{id}", onKey: OnKey, style: new() { FlexDirection = "column", MarginTop = 24, PaddingLeft = 48 })
        [
            Text(name, style: new() { Color = palette.Text, FontSize = 24, FontWeight = "bold" }),
            row
        ];

        bool OnKey(KeyEvent e)
        {
            if (e.Key != KeyName.Left && e.Key != KeyName.Right) return false;
            var index = memory.GetValueOrDefault(id);
            var next = e.Key == KeyName.Left ? index - 1 : index + 1;
            if (next < 0 || next >= items.Count) return true;
            // Where focus is going, not where it is: a second key in the same frame moves on from there.
            memory[id] = next;
            ctx.RequestFocus(TileId(id, items[next].Id));
            return true;
        }
    }

    /// <summary>The testID of a tile on a rail (a title may sit on several rails).</summary>
    public static string TileId(string railId, string titleId) => $"tile-{railId}-{titleId}";
}
