using Bridge.App.Data;
using Bridge.App.Pages;
using Bridge.Engine.Compose;
using Bridge.Engine.Dump;
using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Routing;
using Bridge.Schema;

namespace Bridge.App.Tests.Pages;

/// <summary>
/// End to end: each legacy page runs in V8, its ops are applied into a world through the real op applier, and its
/// laid-out tree dump (boxes, texts, focus) must equal the native page's dump, as `bridge compare` will require.
/// </summary>
public sealed class LayoutParityTests(LegacyBundleFixture bundle) : IClassFixture<LegacyBundleFixture>
{
    [Theory]
    [InlineData("home", "Home", null, "")]
    [InlineData("details", "Details", "t010", "")]
    [InlineData("search", "Search", null, "")]
    [InlineData("home", "Home", null, "down,right,right,right,down,right,down,up,up")]
    [InlineData("details", "Details", "t010", "right,select,down,right,right,up")]
    [InlineData("search", "Search", null, "down,down,down,right,select,up,up,select,up,right,right,right,select,right,right,down")]
    public void Legacy_and_native_pages_dump_the_same_laid_out_tree(string legacyName, string nativeName, string? id, string keys)
    {
        var data = new CatalogDataService();
        var parameters = id is null ? PageParams.Empty : PageParams.Of("id", id);
        var presses = keys.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(k => KeyNames.TryParse(k, out var key) ? key : throw new ArgumentException($"unknown key '{k}'")).ToList();

        var legacy = RunLegacy(data, legacyName, id, presses);
        var native = RunNative(data, nativeName, parameters, presses);

        Assert.Equal(native.Dump, legacy.Dump);
        var styleDifference = legacy.Styles.Zip(native.Styles).FirstOrDefault(p => p.First != p.Second);
        Assert.True(styleDifference == default, $"styles differ:\n legacy {styleDifference.First}\n native {styleDifference.Second}");
        Assert.Equal(native.Styles.Count, legacy.Styles.Count);
    }

    private (string Dump, List<string> Styles) RunLegacy(CatalogDataService data, string page, string? id, List<KeyName> keys)
    {
        using var session = new LegacySession(bundle.Bundle, data, page, id);
        foreach (var key in keys) session.Key(key);
        Assert.Empty(session.Rejected);
        return (TreeDump.ToJson(session.World, session.Container), StyleLines(session.World, session.Container));
    }

    /// <summary>One line per node in tree order with the visual style the renderer draws from.</summary>
    private static List<string> StyleLines(UiWorld world, Entity root)
    {
        var lines = new List<string>();
        Walk(root, "");
        return lines;

        void Walk(Entity e, string path)
        {
            var s = world.Get<Style>(e);
            var id = world.TryGet(e, out TestId t) ? t.Value : "";
            lines.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{path} {world.TypeOf(e)} {id}: bg={s.BackgroundColor} border={s.BorderColor} color={s.Color} opacity={s.Opacity} radius={s.BorderRadius} font={s.FontSize}/{s.FontWeight} line={s.LineHeight}"));
            var i = 0;
            for (var c = world.Ecs.FirstChild(e); !c.IsNull; c = world.Ecs.NextSibling(c)) Walk(c, $"{path}/{i++}");
        }
    }

    private static (string Dump, List<string> Styles) RunNative(CatalogDataService data, string page, PageParams parameters, List<KeyName> keys)
    {
        var (world, loop, container) = NewWorld();
        using var instance = DemoPageMount.Mount(world, container, page, data, new RecordingNavigator(), parameters);
        Frames(3);
        var before = TreeDump.ToJson(world, container);
        foreach (var key in keys)
        {
            loop.Input.Enqueue(key);
            Frames(2);
        }
        Frames(2);
        var after = TreeDump.ToJson(world, container);
        // The keys must have moved focus or changed content, or the comparison under input proves nothing.
        Assert.True(keys.Count == 0 || after != before, "the keys changed nothing on the native page");
        Assert.Contains("\"focused\":true", after);
        return (after, StyleLines(world, container));

        void Frames(int count)
        {
            for (var i = 0; i < count; i++)
            {
                loop.Clock.WaitForNextFrame();
                loop.RunFrame();
            }
        }
    }

    private static (UiWorld World, FrameLoop Loop, Entity Container) NewWorld()
    {
        var world = new UiWorld(new TextSystem());
        var loop = new FrameLoop(world, new ManualClock(), new NullRenderBackend(1280, 720), 1280, 720);
        // Scrolls jump, on both paths, so that a dump after a key does not catch a scroll halfway.
        loop.Scroll.DurationMs = 0;
        var container = world.CreateNode(WidgetType.View);
        world.InsertChild(world.ScreenRoot, container);
        return (world, loop, container);
    }
}
