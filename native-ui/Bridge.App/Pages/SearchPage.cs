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

/// <summary>The native Search page: D-pad keyboard, query and results grid; node for node <c>legacy-js/demo/search.jsx</c>.</summary>
[NativePage(Name)]
public sealed class SearchPage(NativePageContext page, CatalogDataService data) : INativePage
{
    /// <summary>The name the manifest uses for this native page.</summary>
    public const string Name = "Search";

    /// <inheritdoc/>
    public Node Build() => Build(new DemoPageContext(page, data));

    /// <summary>The keys of the on-screen keyboard in reading order: a–z, 0–9, then space, del and clear.</summary>
    public static IReadOnlyList<string> Keys { get; } =
        [.. "abcdefghijklmnopqrstuvwxyz0123456789".Select(c => c.ToString()), "space", "del", "clear"];

    /// <summary>The number of keys in a keyboard row.</summary>
    public const int KeyColumns = 6;

    private const int MaxQueryLength = 24;
    private const double ResultGap = 24;

    // Room around the results for the focused tile's scale and ring (1.08 × a 240×169 tile grows 10 px a side).
    private const double ResultInset = 12;

    /// <summary>How many tiles a results grid row of <paramref name="width"/> (its box, padding included) holds, as the
    /// layout wraps them.</summary>
    public static int ResultColumnsFor(double width) =>
        Math.Max(1, (int)((width - 2 * ResultInset + ResultGap) / (DemoTheme.TileWidth + ResultGap)));

    /// <summary>Builds the page; focus lands on the keyboard's first key.</summary>
    public static Node Build(DemoPageContext ctx)
    {
        var palette = ctx.Palette;
        var catalog = ctx.Data.Catalog;
        var query = R.Signal("");
        var results = R.Memo<IReadOnlyList<Title>>(() => catalog.Search(query.Value));
        var keyIndex = 0;
        var resultIndex = -1;
        // The grid's columns, from its laid-out width (the wrap puts as many tiles in a row as fit).
        var columns = 1;

        void Type(string key)
        {
            var q = query.Value;
            query.Value = key switch
            {
                "del" => q.Length == 0 ? q : q[..^1],
                "clear" => "",
                "space" => q.Length == 0 || q.EndsWith(' ') ? q : q + " ",
                _ => q.Length < MaxQueryLength ? q + key : q,
            };
        }

        void FocusResult(int index)
        {
            resultIndex = index;
            ctx.RequestFocus("result-" + results.Value[index].Id);
        }

        void MoveKey(KeyName key)
        {
            var i = keyIndex;
            var column = i % KeyColumns;
            var next = i;
            if (key == KeyName.Left && column > 0) next = i - 1;
            else if (key == KeyName.Right && column < KeyColumns - 1 && i + 1 < Keys.Count) next = i + 1;
            else if (key == KeyName.Right && results.Value.Count > 0) { FocusResult(0); return; }
            else if (key == KeyName.Up && i - KeyColumns >= 0) next = i - KeyColumns;
            else if (key == KeyName.Down) next = Math.Min(i + KeyColumns, Keys.Count - 1);
            if (next != i) ctx.RequestFocus(KeyId(Keys[next]));
        }

        void MoveResult(KeyName key)
        {
            var i = resultIndex;
            var column = i % columns;
            if (key == KeyName.Left && column == 0)
            {
                resultIndex = -1;
                ctx.RequestFocus(KeyId(Keys[keyIndex]));
                return;
            }
            var next = key switch
            {
                KeyName.Left => i - 1,
                KeyName.Right when column < columns - 1 => i + 1,
                KeyName.Up => i - columns,
                KeyName.Down => i + columns,
                _ => i,
            };
            if (next >= 0 && next < results.Value.Count) FocusResult(next);
        }

        bool OnKey(KeyEvent e)
        {
            if (e.Key is KeyName.Select or KeyName.Back) return false;
            if (resultIndex >= 0) MoveResult(e.Key);
            else MoveKey(e.Key);
            return true;
        }

        string Label()
        {
            var q = query.Value;
            if (q.Length == 0) return "Type a title, or a word of one";
            return results.Value.Count == 0 ? $"No titles match \"{q}\"" : $"Top results for \"{q}\"";
        }

        var keyboard = View(testId: "keyboard", style: new() { FlexDirection = "row", FlexWrap = "wrap", Width = 392, Gap = 8, MarginTop = 24 });
        for (var i = 0; i < Keys.Count; i++)
        {
            var index = i;
            keyboard.Add(Key(ctx, Keys[i], Type, () => { keyIndex = index; resultIndex = -1; }));
        }

        ctx.RequestFocus(KeyId(Keys[0]));
        return View(testId: "search", onKey: OnKey, style: new()
        {
            Width = DemoTheme.ScreenWidth, Height = DemoTheme.ScreenHeight, BackgroundColor = palette.Background, FlexDirection = "row",
            Padding = DemoTheme.Gutter,
        })
        [
            View(testId: "search-left", style: new() { Width = 392, FlexDirection = "column" })
            [
                View(testId: "search-field", style: new()
                {
                    Height = 64, BorderRadius = 8, BackgroundColor = palette.Surface, PaddingLeft = 20, JustifyContent = "center",
                    // Not the accent: the field never takes focus, and only the focused key may look focused.
                    BorderWidth = 2, BorderColor = palette.Raised,
                })
                [
                    Text(() => query.Value.Length == 0 ? "Search" : query.Value, testId: "search-query", numberOfLines: 1, style: new()
                    {
                        Color = Bind(() => query.Value.Length == 0 ? palette.TextDim : palette.Text), FontSize = 26,
                    })
                ],
                keyboard
            ],
            View(testId: "search-results", style: new() { Flex = 1, FlexDirection = "column", MarginLeft = DemoTheme.Gutter - ResultInset })
            [
                Text(Label, testId: "results-label", style: new() { Color = palette.TextDim, FontSize = 20, MarginLeft = ResultInset }),
                View(testId: "results-grid", scroll: Bridge.Engine.Widgets.ScrollAxis.Vertical, onLayout: box => columns = ResultColumnsFor(box.W), style: new()
                {
                    Flex = 1, FlexDirection = "row", FlexWrap = "wrap", Gap = ResultGap, MarginTop = 16, PaddingTop = 8,
                    PaddingBottom = ResultInset, PaddingLeft = ResultInset, PaddingRight = ResultInset, Overflow = "hidden",
                })
                [
                    For(() => results.Value, t => t.Id, t => Tile(ctx, "result-" + t.Id, t,
                        () => ctx.Navigator.Navigate("details", PageParams.Of("id", t.Id)),
                        () => resultIndex = IndexOf(results.Value, t.Id)))
                ]
            ]
        ];
    }

    /// <summary>The testID of a keyboard key.</summary>
    public static string KeyId(string key) => "key-" + key;

    private static ElementNode Key(DemoPageContext ctx, string value, Action<string> type, Action onFocus)
    {
        var palette = ctx.Palette;
        var focused = R.Signal(false);
        var wide = value.Length > 1;
        var label = value switch { "space" => "Space", "del" => "Del", "clear" => "Clear", _ => value.ToUpperInvariant() };
        return View(
            testId: KeyId(value),
            focusable: true,
            onPress: () => type(value),
            onFocus: () => { focused.Value = true; onFocus(); },
            onBlur: () => focused.Value = false,
            style: new()
            {
                Width = wide ? 120 : 56, Height = 56, BorderRadius = 6, JustifyContent = "center", AlignItems = "center",
                BackgroundColor = Bind(() => focused.Value ? DemoTheme.Accent : palette.Raised),
            })
        [
            Text(label, style: new() { Color = Bind(() => focused.Value ? "#ffffff" : palette.Text), FontSize = wide ? 18 : 22 })
        ];
    }

    private static int IndexOf(IReadOnlyList<Title> titles, string id)
    {
        for (var i = 0; i < titles.Count; i++)
        {
            if (titles[i].Id == id) return i;
        }
        return -1;
    }
}
