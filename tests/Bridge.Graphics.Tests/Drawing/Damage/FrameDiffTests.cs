namespace Bridge.Graphics.Tests;

public sealed class FrameDiffTests
{
    private static readonly Transform2D Id = Transform2D.Identity;
    private static readonly Rgba Grey = new(40, 40, 40, 255);

    private static void Row(DrawList list, int focused, float focusScale = 1.1f, bool badge = false)
    {
        list.Clear();
        list.AddRect(new RectF(0, 0, 400, 100), default, Grey, 0, default, 1, Id);
        if (badge) list.AddRect(new RectF(300, 2, 20, 5), default, Rgba.White, 0, default, 1, Id);
        list.PushClip(new RectF(0, 10, 400, 80), default);
        for (int i = 0; i < 4; i++)
        {
            var r = new RectF(10 + i * 100, 20, 80, 60);
            var t = i == focused ? Transform2D.Scale(focusScale, r.X + 40, r.Y + 30) : Id;
            list.AddRect(r, CornerRadii.All(6), i == focused ? Rgba.White : Grey, 0, default, 1, t);
        }
        list.PopClip();
    }

    private static PixelRect Diff(FrameDiff diff, DrawList list, DamageRegion region, IReadOnlySet<int>? images = null)
    {
        region.Clear();
        diff.Diff(list.Commands, list.Device, region, images);
        return region.Bounds;
    }

    [Fact]
    public void The_first_frame_is_all_damage_and_an_unchanged_one_none()
    {
        var diff = new FrameDiff();
        var region = new DamageRegion(400, 100);
        var list = new DrawList();
        Row(list, 0);
        Assert.Equal(new PixelRect(0, 0, 400, 100), Diff(diff, list, region));
        Row(list, 0);
        Assert.True(Diff(diff, list, region).IsEmpty);
    }

    [Fact]
    public void A_focus_move_damages_the_old_and_new_focused_boxes_with_their_scale_and_padding_only()
    {
        var diff = new FrameDiff();
        var region = new DamageRegion(400, 100);
        var list = new DrawList();
        Row(list, 0);
        Diff(diff, list, region);
        Row(list, 1);
        Diff(diff, list, region);
        var rects = region.Rects.ToArray();
        // Tile 0 scaled 1.1 about its centre covers x 6..94, y 17..83; padded by 2, inside the clip (y 10..90).
        Assert.Contains(rects, r => r.Intersect(new PixelRect(4, 15, 92, 70)) == new PixelRect(4, 15, 92, 70));
        Assert.Contains(rects, r => r.Intersect(new PixelRect(104, 15, 92, 70)) == new PixelRect(104, 15, 92, 70));
        Assert.True(region.Area < 2 * 96 * 72, $"damage {region.Area} px is more than both tiles");
        Assert.All(rects, r => Assert.True(r.Y >= 10 - FrameDiff.Pad && r.Bottom <= 90 + FrameDiff.Pad, $"{r} leaves the clip"));
        Assert.DoesNotContain(rects, r => r.Overlaps(new PixelRect(210, 20, 180, 60)));
    }

    [Fact]
    public void An_inserted_command_damages_only_itself()
    {
        var diff = new FrameDiff();
        var region = new DamageRegion(400, 100);
        var list = new DrawList();
        Row(list, 0);
        Diff(diff, list, region);
        Row(list, 0, badge: true);
        Assert.Equal(new PixelRect(298, 0, 24, 9), Diff(diff, list, region));
    }

    [Fact]
    public void A_ring_that_moves_to_another_clip_damages_its_old_and_new_place_and_not_what_lies_between()
    {
        static void Rails(DrawList list, int focusedRail)
        {
            list.Clear();
            for (int rail = 0; rail < 3; rail++)
            {
                list.PushClip(new RectF(0, rail * 100, 400, 100), default);
                for (int i = 0; i < 4; i++)
                {
                    var r = new RectF(10 + i * 100, rail * 100 + 20, 80, 60);
                    list.AddRect(r, default, Grey, 0, default, 1, Id);
                    if (rail == focusedRail && i == 1) list.AddRect(r, default, Rgba.Transparent, 3, Rgba.White, 1, Id);
                }
                list.PopClip();
            }
        }

        var diff = new FrameDiff();
        var region = new DamageRegion(400, 300);
        var list = new DrawList();
        Rails(list, 0);
        Diff(diff, list, region);
        Rails(list, 2);
        Diff(diff, list, region);
        Assert.Equal([new PixelRect(108, 18, 84, 64), new PixelRect(108, 218, 84, 64)], region.Rects.ToArray().OrderBy(r => r.Y));
    }

    [Fact]
    public void A_changed_clip_damages_what_it_showed_and_shows()
    {
        var diff = new FrameDiff();
        var region = new DamageRegion(400, 100);
        var list = new DrawList();
        Row(list, 0);
        Diff(diff, list, region);
        list.Clear();
        list.AddRect(new RectF(0, 0, 400, 100), default, Grey, 0, default, 1, Id);
        list.PushClip(new RectF(0, 10, 400, 80), CornerRadii.All(12));
        list.PopClip();
        Diff(diff, list, region);
        // The clip itself changed (rounded now), and the four tiles are gone: the clip's box is damaged.
        Assert.Equal(new PixelRect(0, 8, 400, 84), region.Bounds);
    }

    [Fact]
    public void An_image_whose_pixels_changed_is_damage_though_its_command_is_the_same()
    {
        var diff = new FrameDiff();
        var region = new DamageRegion(100, 100);
        var list = new DrawList();
        list.AddImage(new RectF(10, 10, 20, 20), default, new ImageHandle(7), 1, Id);
        list.AddImage(new RectF(50, 50, 20, 20), default, new ImageHandle(8), 1, Id);
        Diff(diff, list, region);
        Assert.Equal(new PixelRect(48, 48, 24, 24), Diff(diff, list, region, new HashSet<int> { 8 }));
        Assert.True(Diff(diff, list, region, new HashSet<int>()).IsEmpty);
    }

    [Fact]
    public void Changed_text_damages_its_glyphs_past_the_layout_box()
    {
        var text = new TextSystem();
        var style = new TextStyle(null, 20, 400, TextAlign.Left, float.NaN, 1);
        var diff = new FrameDiff();
        var region = new DamageRegion(400, 100);
        var list = new DrawList();
        var a = text.Layout("Agy 12", style, float.NaN);
        list.AddText(new RectF(50, 40, a.Width, a.Height), a, Rgba.White, 1, Id);
        Diff(diff, list, region);
        list.Clear();
        var b = text.Layout("Agy 13", style, float.NaN);
        list.AddText(new RectF(50, 40, b.Width, b.Height), b, Rgba.White, 1, Id);
        var bounds = Diff(diff, list, region);
        Assert.True(bounds.X <= 50 - 10 && bounds.Y <= 40 && bounds.Right >= 50 + b.Width + 10 && bounds.Bottom >= 40 + b.Height + 10,
            $"{bounds} does not cover the text box with margin");
        Assert.True(bounds.W < b.Width + 60 && bounds.H < b.Height + 60, $"{bounds} is far larger than the text");
    }

    [Fact]
    public void Diffing_a_warm_list_allocates_nothing()
    {
        var diff = new FrameDiff();
        var region = new DamageRegion(400, 100);
        var list = new DrawList();
        Row(list, 0);
        diff.Diff(list.Commands, list.Device, region);
        Row(list, 1);
        diff.Diff(list.Commands, list.Device, region);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10; i++)
        {
            Row(list, i % 4);
            region.Clear();
            diff.Diff(list.Commands, list.Device, region);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
