using System.Diagnostics;
using Bridge.Engine.Focus;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Interaction.Debug;

namespace Bridge.Engine.Systems;

/// <summary>Draws the focus debug overlay on top of the frame, like Norigin's visual debug: every navigable focusable
/// node of the active page, the focused node, and the last navigation's origin, candidates (with scores) and choice.</summary>
/// <remarks>Reads what <see cref="EcsFocusGraph"/> reads, the focus state and <see cref="FocusSystem.Navigator"/>; writes
/// only draw commands, appended after <see cref="RenderSystem"/>'s outside any clip, so nodes scrolled out of their
/// container still show. Boxes are the layout boxes navigation measures (before transforms such as a focus scale).
/// Off by default; off, it returns at once. On, a steady frame allocates nothing: each distinct label is laid out once.</remarks>
public sealed class FocusDebugOverlaySystem : EngineSystem
{
    private const float LabelFontSize = 12;
    private const float LabelPadding = 2;
    private const float FocusedOutset = 4;

    private static readonly TextStyle LabelStyle = new(null, LabelFontSize, 700, TextAlign.Auto, float.NaN, 1);
    private static readonly (DebugBoxKind Kind, string Name)[] LegendEntries =
    [
        (DebugBoxKind.Focusable, "focusable"),
        (DebugBoxKind.Candidate, "candidate #node score"),
        (DebugBoxKind.Origin, "navigated from"),
        (DebugBoxKind.Chosen, "chosen"),
        (DebugBoxKind.Focused, "focused"),
    ];

    private readonly FrameLoop _loop;
    private readonly FocusSystem _focus;
    private readonly FocusDebugOverlay _overlay = new();
    private readonly TextLayout?[] _labels = new TextLayout?[64];
    private TextLayout[]? _legend;
    private int _nextLabel;

    /// <summary>Creates the overlay over <paramref name="loop"/>'s world and draw list, showing <paramref name="focus"/>'s navigation.</summary>
    /// <remarks>The frame loop schedules one (<see cref="FrameLoop.FocusDebug"/>), last in the render stage.</remarks>
    public FocusDebugOverlaySystem(FrameLoop loop, FocusSystem focus)
    {
        _loop = loop ?? throw new ArgumentNullException(nameof(loop));
        _focus = focus ?? throw new ArgumentNullException(nameof(focus));
    }

    /// <inheritdoc/>
    public override FrameStage Stage => FrameStage.Render;

    /// <inheritdoc/>
    /// <remarks>Over everything the render stage draws.</remarks>
    public override bool RunsLastInStage => true;

    /// <summary>Whether the overlay is drawn (off by default).</summary>
    public bool Enabled
    {
        get => _overlay.Enabled;
        set => _overlay.Enabled = value;
    }

    /// <summary>The border colour of a kind of box (fills and labels use the same hue).</summary>
    public static Rgba ColorOf(DebugBoxKind kind) => kind switch
    {
        DebugBoxKind.Focusable => new Rgba(0, 190, 255, 170),
        DebugBoxKind.Candidate => new Rgba(255, 150, 0, 235),
        DebugBoxKind.Origin => new Rgba(90, 120, 255, 255),
        DebugBoxKind.Chosen => new Rgba(40, 225, 90, 255),
        _ => new Rgba(255, 40, 200, 255),
    };

    /// <inheritdoc/>
    public override void Run(in SystemContext context)
    {
        if (!_overlay.Enabled)
        {
            return;
        }
        var world = _loop.World;
        var root = _focus.ActiveRoot.IsNull ? world.ScreenRoot : _focus.ActiveRoot;
        if (!world.IsAlive(root))
        {
            return;
        }
        Debug.Assert(_loop.DrawList.ClipDepth == 0, "the render system leaves its clips balanced");
        var focused = world.Focused;
        var focusedNode = !focused.IsNull && world.IsWithin(focused, root) ? focused.Index : -1;
        foreach (ref readonly var box in _overlay.Build(new EcsFocusGraph(world, _focus.ActiveRoot), root.Index, _focus.Navigator, focusedNode))
        {
            Draw(box);
        }
        DrawLegend();
    }

    private void Draw(in DebugBox box)
    {
        var list = _loop.DrawList;
        var color = ColorOf(box.Kind);
        var rect = new RectF(box.Bounds.X, box.Bounds.Y, box.Bounds.W, box.Bounds.H);
        switch (box.Kind)
        {
            case DebugBoxKind.Focusable:
                list.AddRect(rect, CornerRadii.Zero, color.WithOpacity(0.12f), 1, color, 1, Transform2D.Identity);
                break;
            case DebugBoxKind.Candidate:
                list.AddRect(rect, CornerRadii.Zero, color.WithOpacity(0.18f), 2, color, 1, Transform2D.Identity);
                DrawLabel(box, rect, color);
                break;
            case DebugBoxKind.Origin:
                list.AddRect(rect, CornerRadii.Zero, Rgba.Transparent, 2, color, 1, Transform2D.Identity);
                break;
            case DebugBoxKind.Chosen:
                list.AddRect(rect, CornerRadii.Zero, color.WithOpacity(0.2f), 3, color, 1, Transform2D.Identity);
                break;
            default:
                // Outside the box, so that a chosen or candidate outline under it stays visible.
                var outset = new RectF(rect.X - FocusedOutset, rect.Y - FocusedOutset, rect.W + 2 * FocusedOutset, rect.H + 2 * FocusedOutset);
                list.AddRect(outset, CornerRadii.Zero, Rgba.Transparent, 3, color, 1, Transform2D.Identity);
                break;
        }
    }

    private void DrawLabel(in DebugBox box, in RectF rect, Rgba color)
    {
        Span<char> text = stackalloc char[32];
        var label = LabelFor(text[..box.FormatLabel(text)]);
        DrawTag(rect.X + 3, rect.Y + 3, label, color);
    }

    private void DrawTag(float x, float y, TextLayout label, Rgba color)
    {
        var list = _loop.DrawList;
        var back = new RectF(x, y, label.Width + 2 * LabelPadding, label.Height + 2 * LabelPadding);
        list.AddRect(back, CornerRadii.All(3), new Rgba(0, 0, 0, 200), 0, Rgba.Transparent, 1, Transform2D.Identity);
        list.AddText(new RectF(x + LabelPadding, y + LabelPadding, label.Width, label.Height), label, color, 1, Transform2D.Identity);
    }

    // Labels repeat frame to frame; a new one (a new navigation's scores) is laid out once and kept in a small ring.
    private TextLayout LabelFor(ReadOnlySpan<char> text)
    {
        foreach (var cached in _labels)
        {
            if (cached is not null && text.SequenceEqual(cached.Text))
            {
                return cached;
            }
        }
        var layout = _loop.World.Text.Layout(new string(text), LabelStyle, float.PositiveInfinity);
        _labels[_nextLabel] = layout;
        _nextLabel = (_nextLabel + 1) % _labels.Length;
        return layout;
    }

    // A key to the colours in the top-right corner (TV pages keep their focusables low, under a hero).
    private void DrawLegend()
    {
        if (_legend is null)
        {
            _legend = new TextLayout[LegendEntries.Length];
            for (var i = 0; i < LegendEntries.Length; i++)
            {
                _legend[i] = _loop.World.Text.Layout(LegendEntries[i].Name, LabelStyle, float.PositiveInfinity);
            }
        }
        var widest = 0f;
        foreach (var label in _legend)
        {
            widest = MathF.Max(widest, label.Width);
        }
        var lineHeight = _legend[0].Height + 2 * LabelPadding + 2;
        var x = _loop.ViewportWidth - 8 - widest - 2 * LabelPadding;
        var y = 8f;
        for (var i = 0; i < _legend.Length; i++, y += lineHeight)
        {
            DrawTag(x, y, _legend[i], ColorOf(LegendEntries[i].Kind));
        }
    }
}
