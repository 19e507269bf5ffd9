using System.Text.Json;
using System.Text.Json.Nodes;
using Bridge.App.Pages;
using Bridge.Engine.Ecs;
using Bridge.Engine.Widgets;
using Bridge.Routing;
using Bridge.Schema;

namespace Bridge.App.Tests.Pages;

/// <summary>
/// The native pages build the same tree as their legacy versions (types, testIDs, focusable, scroll, image
/// sources, texts, child order), so that `bridge compare` can find them equal.
/// </summary>
public sealed class LegacyParityTests(LegacyBundleFixture legacy) : IClassFixture<LegacyBundleFixture>
{
    [Theory]
    [InlineData("home", "Home", null)]
    [InlineData("details", "Details", "t010")]
    [InlineData("search", "Search", null)]
    public void Native_page_tree_equals_the_legacy_page_tree(string legacyName, string nativeName, string? id)
    {
        var legacyTree = JsonNode.Parse(legacy.RenderLegacy(legacyName, id is null ? null : $$"""{"id":"{{id}}"}"""))!;
        using var host = new PageHost(nativeName, id is null ? null : PageParams.Of("id", id));
        var nativeTree = ToJson(host.World, host.World.Ecs.FirstChild(host.World.ScreenRoot));

        var difference = FirstDifference(legacyTree, nativeTree, legacyName);
        Assert.True(difference is null, difference);
    }

    private static JsonObject ToJson(UiWorld world, Entity e)
    {
        var type = world.TypeOf(e);
        var o = new JsonObject { ["type"] = type.ToString().ToLowerInvariant() };
        if (world.TryGet(e, out TestId id)) o["testID"] = id.Value;
        if (world.TryGet(e, out Focusable f) && f.Enabled) o["focusable"] = true;
        if (world.TryGet(e, out ScrollContainer s) && s.Axis != ScrollAxis.None) o["scroll"] = s.Axis.ToString().ToLowerInvariant();
        if (world.TryGet(e, out ImageContent image) && image.Src is not null) o["src"] = image.Src;
        if (type == WidgetType.Text) o["text"] = world.Get<TextContent>(e).Text;
        var children = new JsonArray();
        for (var c = world.Ecs.FirstChild(e); !c.IsNull; c = world.Ecs.NextSibling(c)) children.Add(ToJson(world, c));
        if (children.Count > 0) o["children"] = children;
        return o;
    }

    /// <summary>The path and values of the first node where the trees differ, or null when they are equal.</summary>
    private static string? FirstDifference(JsonNode legacy, JsonNode native, string path)
    {
        var l = legacy.AsObject();
        var n = native.AsObject();
        var here = $"{path}/{l["type"]}{(l["testID"] is { } t ? "#" + t : "")}";
        foreach (var key in new[] { "type", "testID", "focusable", "scroll", "src", "text" })
        {
            var lv = l[key]?.ToJsonString();
            var nv = n[key]?.ToJsonString();
            if (lv != nv) return $"{here}: {key} is {lv ?? "absent"} on legacy, {nv ?? "absent"} on native";
        }
        var lc = l["children"]?.AsArray() ?? [];
        var nc = n["children"]?.AsArray() ?? [];
        for (var i = 0; i < Math.Min(lc.Count, nc.Count); i++)
        {
            var d = FirstDifference(lc[i]!, nc[i]!, $"{here}[{i}]");
            if (d is not null) return d;
        }
        return lc.Count == nc.Count ? null : $"{here}: {lc.Count} children on legacy, {nc.Count} on native";
    }
}
