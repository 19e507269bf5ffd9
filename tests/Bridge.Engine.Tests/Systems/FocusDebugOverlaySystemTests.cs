using Bridge.Engine.Ecs;
using Bridge.Engine.Systems;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Interaction.Debug;
using Bridge.Schema;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Engine.Tests.Systems;

public sealed class FocusDebugOverlaySystemTests
{
    [Fact]
    public void Disabled_overlay_adds_nothing_and_enabled_overlay_only_appends_to_the_draw_list()
    {
        using var app = new OverlayApp();
        app.Host.Frame();
        var plain = app.Host.Loop.DrawList.Commands.ToArray();

        app.Overlay.Enabled = true;
        app.Host.Frame();
        var withOverlay = app.Host.Loop.DrawList.Commands.ToArray();
        app.Overlay.Enabled = false;
        app.Host.Frame();

        Assert.True(withOverlay.Length > plain.Length);
        Assert.Equal(plain, withOverlay[..plain.Length]);
        Assert.Equal(plain, app.Host.Loop.DrawList.Commands.ToArray());
    }

    [Fact]
    public void Enabled_overlay_outlines_every_navigable_focusable_once_unclipped_and_the_focused_node_apart()
    {
        using var app = new OverlayApp { Overlay = { Enabled = true } };
        app.Host.World.Focus(app.Host.World.FindByTestId("b-1"));
        app.Host.Frame();

        var commands = app.Host.Loop.DrawList.Commands;
        // Six tiles on rail a (two scrolled out of its clip), three on rail b; the hidden one is not navigable.
        var focusables = Outlines(commands, DebugBoxKind.Focusable);
        Assert.Equal(9, focusables.Count);
        Assert.Contains(app.Rect("a-5"), focusables);
        Assert.DoesNotContain(app.Rect("hidden"), focusables);
        var focused = Assert.Single(Outlines(commands, DebugBoxKind.Focused));
        var b1 = app.Rect("b-1");
        Assert.Equal(new RectF(b1.X - 4, b1.Y - 4, b1.W + 8, b1.H + 8), focused);

        var first = IndexOfFirstOverlayCommand(commands);
        Assert.True(commands[..first].ToArray().Count(c => c.Kind == DrawKind.PushClip) > 0, "rail a clips its tiles");
        Assert.Equal(0, ClipDepth(commands[..first]));
        Assert.DoesNotContain(commands[first..].ToArray(), c => c.Kind is DrawKind.PushClip or DrawKind.PopClip);
    }

    [Fact]
    public void After_a_navigation_its_origin_candidates_with_score_labels_and_choice_are_outlined()
    {
        using var app = new OverlayApp { Overlay = { Enabled = true } };
        app.Host.Frame();
        Assert.Empty(Outlines(app.Host.Loop.DrawList.Commands, DebugBoxKind.Candidate));

        app.PressRightFrom("a-1");

        Assert.Equal("a-2", app.FocusedId());
        var commands = app.Host.Loop.DrawList.Commands;
        var candidates = app.Focus.Navigator.LastCandidates.Length;
        Assert.True(candidates > 0);
        Assert.Equal(candidates, Outlines(commands, DebugBoxKind.Candidate).Count);
        Assert.Equal(app.Rect("a-2"), Assert.Single(Outlines(commands, DebugBoxKind.Chosen)));
        Assert.Equal(app.Rect("a-1"), Assert.Single(Outlines(commands, DebugBoxKind.Origin)));
        var labels = commands.ToArray().Where(c => c.Kind == DrawKind.Text && c.Text!.Text.StartsWith('#')).ToList();
        Assert.Equal(candidates, labels.Count);
        Assert.All(labels, l => Assert.Equal(FocusDebugOverlaySystem.ColorOf(DebugBoxKind.Candidate), l.Color));
    }

    [Fact]
    public void A_new_active_root_shows_only_its_own_focusables_and_forgets_the_last_navigation()
    {
        using var app = new OverlayApp { Overlay = { Enabled = true } };
        app.PressRightFrom("a-1");

        app.Focus.ActiveRoot = app.Host.World.FindByTestId("b");
        app.Host.Frame();

        var commands = app.Host.Loop.DrawList.Commands;
        Assert.Equal(3, Outlines(commands, DebugBoxKind.Focusable).Count);
        Assert.Empty(Outlines(commands, DebugBoxKind.Candidate));
        Assert.Empty(Outlines(commands, DebugBoxKind.Chosen));
        Assert.Empty(Outlines(commands, DebugBoxKind.Focused));
    }

    [Fact]
    public void Enabled_overlay_allocates_nothing_on_a_steady_frame()
    {
        using var app = new OverlayApp { Overlay = { Enabled = true } };
        app.PressRightFrom("a-1");
        app.Host.Frame();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 5; i++)
        {
            app.Host.Frame();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.NotEmpty(Outlines(app.Host.Loop.DrawList.Commands, DebugBoxKind.Candidate));
    }

    private static List<RectF> Outlines(ReadOnlySpan<DrawCommand> commands, DebugBoxKind kind)
    {
        var color = FocusDebugOverlaySystem.ColorOf(kind);
        var rects = new List<RectF>();
        foreach (ref readonly var c in commands)
        {
            if (c.Kind == DrawKind.Rect && c.BorderWidth > 0 && c.BorderColor == color)
            {
                rects.Add(c.Rect);
            }
        }
        return rects;
    }

    private static int IndexOfFirstOverlayCommand(ReadOnlySpan<DrawCommand> commands)
    {
        var color = FocusDebugOverlaySystem.ColorOf(DebugBoxKind.Focusable);
        for (var i = 0; i < commands.Length; i++)
        {
            if (commands[i].Kind == DrawKind.Rect && commands[i].BorderColor == color)
            {
                return i;
            }
        }
        throw new InvalidOperationException("the overlay drew nothing");
    }

    private static int ClipDepth(ReadOnlySpan<DrawCommand> commands)
    {
        var depth = 0;
        foreach (ref readonly var c in commands)
        {
            depth += c.Kind == DrawKind.PushClip ? 1 : c.Kind == DrawKind.PopClip ? -1 : 0;
        }
        return depth;
    }

    /// <summary>Two rails of tiles (the first scrolls and clips, wider than the screen), a plain view and a hidden focusable.</summary>
    private sealed class OverlayApp : IDisposable
    {
        public OverlayApp()
        {
            Focus = Host.Loop.Focus;
            Overlay = Host.Loop.FocusDebug;
            Host.Mount(() => View(style: new() { FlexDirection = "column", Width = 800, Height = 400 })[
                Rail("a", 6, scroll: true),
                Rail("b", 3, scroll: false),
                View(testId: "plain", style: new() { Width = 50, Height = 20, BackgroundColor = "#202020" }),
                View(testId: "hidden", focusable: true, style: new() { Width = 50, Height = 20, Display = "none" })]);
        }

        public TestHost Host { get; } = new(800, 400);

        public FocusSystem Focus { get; }

        public FocusDebugOverlaySystem Overlay { get; }

        public RectF Rect(string testId)
        {
            var box = Host.World.Get<LayoutBox>(Host.World.FindByTestId(testId));
            return new RectF(box.AbsoluteX, box.AbsoluteY, box.W, box.H);
        }

        /// <summary>Focuses <paramref name="testId"/>, then runs a frame that handles a right key (spatial navigation).</summary>
        public void PressRightFrom(string testId)
        {
            Host.World.Focus(Host.World.FindByTestId(testId));
            Host.Loop.Input.Enqueue(KeyName.Right);
            Host.Frame();
        }

        public string? FocusedId() => Host.World.TryGet(Host.World.Focused, out TestId id) ? id.Value : null;

        public void Dispose() => Host.Dispose();

        private static Bridge.Engine.Compose.Node Rail(string id, int tiles, bool scroll) =>
            View(testId: id, scroll: scroll ? ScrollAxis.Horizontal : ScrollAxis.None,
                style: new() { FlexDirection = "row", Width = 500, Height = 100, Overflow = scroll ? "hidden" : "visible" })[
                Enumerable.Range(0, tiles).Select(i => (Bridge.Engine.Compose.Node)View(testId: $"{id}-{i}", focusable: true,
                    style: new() { Width = 100, Height = 80, MarginRight = 10, FlexShrink = 0, BackgroundColor = "#304050" })).ToArray()];
    }
}
