using System.Globalization;
using System.Text;
using System.Text.Json;
using Bridge.Engine.Ecs;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Layout;
using Bridge.Schema;

namespace Bridge.Engine.Dump;

/// <summary>Writes a subtree as tree-dump JSON (the format <c>bridge/README.md</c> documents): type, testID, absolute x/y/w/h, text, colours, opacity, image source,
/// focused, children.</summary>
/// <remarks>Keys appear in that order; testID, text and color (Text nodes only), backgroundColor (only when not fully
/// transparent), borderColor (only on a node with a border), opacity (only when not 1), src (Image nodes with a
/// source), focused (only when true) and children (only when non-empty) are omitted otherwise. Colours are the style's
/// values (not a transition's current frame) as lowercase <c>#rrggbb</c>, or <c>#rrggbbaa</c> when not opaque.
/// Coordinates are the last layout's absolute pixels, exact inside culled subtrees too; whole numbers are written
/// without a fraction, others rounded to 2 decimals, so the same page on both paths dumps the same bytes.</remarks>
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
        WriteLook(ecs, e, type, w);
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

    // What the renderer draws besides boxes and text: colours, opacity and the image source.
    private static void WriteLook(World ecs, Entity e, WidgetType type, Utf8JsonWriter w)
    {
        ref readonly Style style = ref ecs.Get<Style>(e);
        if (type == WidgetType.Text) w.WriteString("color", Hex(style.Color));
        if (style.BackgroundColor.A > 0) w.WriteString("backgroundColor", Hex(style.BackgroundColor));
        LayoutNode node = ecs.Get<LayoutHandle>(e).Node;
        if (node.GetBorder(Edge.Left) > 0 || node.GetBorder(Edge.Top) > 0 || node.GetBorder(Edge.Right) > 0 || node.GetBorder(Edge.Bottom) > 0)
            w.WriteString("borderColor", Hex(style.BorderColor));
        if (style.Opacity != 1) w.WriteNumber("opacity", Math.Round(style.Opacity, 2));
        if (type == WidgetType.Image && ecs.Get<ImageContent>(e).Src is { } src) w.WriteString("src", src);
    }

    private static string Hex(Rgba c) => c.A == 255
        ? string.Create(CultureInfo.InvariantCulture, $"#{c.R:x2}{c.G:x2}{c.B:x2}")
        : string.Create(CultureInfo.InvariantCulture, $"#{c.R:x2}{c.G:x2}{c.B:x2}{c.A:x2}");

    private static void WriteNumber(Utf8JsonWriter w, string name, float value)
    {
        if (!float.IsFinite(value)) value = 0;
        double rounded = Math.Round(value, 2);
        if (rounded == Math.Floor(rounded) && Math.Abs(rounded) < 1e9) w.WriteNumber(name, (long)rounded);
        else w.WriteNumber(name, rounded);
    }
}
