using System.Text;
using System.Text.Json;
using Bridge.Engine.Ecs;
using Bridge.Engine.Widgets;
using Bridge.Schema;

namespace Bridge.Engine.Dump;

/// <summary>Writes a subtree as tree-dump JSON (the format <c>bridge/README.md</c> documents): type, testID, absolute x/y/w/h, text, focused, children.</summary>
/// <remarks>Keys appear in that order; testID, text (Text nodes only), focused (only when true) and children (only when
/// non-empty) are omitted otherwise. Coordinates are the last layout's absolute pixels, exact inside culled subtrees
/// too; whole numbers are written without a fraction, others rounded to 2 decimals, so the same page on both paths
/// dumps the same bytes.</remarks>
public static class TreeDump
{
    /// <summary>Dumps the subtree of <paramref name="root"/> (the screen root when null) as JSON text.</summary>
    public static string ToJson(UiWorld world, Entity root = default, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(world);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
            Write(world, root.IsNull ? world.ScreenRoot : root, writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the subtree of <paramref name="root"/> to <paramref name="writer"/>.</summary>
    public static void Write(UiWorld world, Entity root, Utf8JsonWriter writer)
    {
        world.Ecs.EnsureAlive(root, "TreeDump");
        world.ParentOrigin(root, out float x, out float y);
        WriteNode(world, root, x, y, writer);
    }

    // Boxes are accumulated down the walk as the layout does, not read from LayoutBox: culled subtrees have stale ones.
    private static void WriteNode(UiWorld world, Entity e, float parentX, float parentY, Utf8JsonWriter w)
    {
        var ecs = world.Ecs;
        WidgetType type = world.TypeOf(e);
        w.WriteStartObject();
        w.WriteString("type", type switch { WidgetType.Text => "text", WidgetType.Image => "image", _ => "view" });
        if (ecs.TryGet(e, out TestId id)) w.WriteString("testID", id.Value);
        LayoutBox box = world.BoxAt(e, parentX, parentY);
        WriteNumber(w, "x", box.AbsoluteX);
        WriteNumber(w, "y", box.AbsoluteY);
        WriteNumber(w, "w", box.W);
        WriteNumber(w, "h", box.H);
        if (type == WidgetType.Text) w.WriteString("text", ecs.Get<TextContent>(e).Text);
        if (world.Focused == e) w.WriteBoolean("focused", true);
        if (ecs.ChildCount(e) > 0)
        {
            w.WriteStartArray("children");
            float x = parentX, y = parentY;
            world.ContentOrigin(e, ref x, ref y);
            foreach (Entity c in ecs.Children(e)) WriteNode(world, c, x, y, w);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, float value)
    {
        if (!float.IsFinite(value)) value = 0;
        double rounded = Math.Round(value, 2);
        if (rounded == Math.Floor(rounded) && Math.Abs(rounded) < 1e9) w.WriteNumber(name, (long)rounded);
        else w.WriteNumber(name, rounded);
    }
}
