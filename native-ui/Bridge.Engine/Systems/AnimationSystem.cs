using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Interaction.Animation;
using Bridge.Interaction.Geometry;

namespace Bridge.Engine.Systems;

/// <summary>What the render system draws for an entity whose look animates, and the animations behind it.</summary>
/// <remarks>Created by <see cref="AnimationSystem"/> for entities with a style transition, a focus scale, layout animation
/// or a page transition. At rest the drawn values equal the style's. Fields, not properties, so that the animations are
/// updated in place.</remarks>
public struct Motion
{
    /// <summary>Opacity drawn (the entity's own, before multiplying the ancestors').</summary>
    public float Opacity;
    /// <summary>Transform operations drawn, null for none.</summary>
    public TransformOp[]? Transform;
    /// <summary>Fill colour drawn.</summary>
    public Rgba BackgroundColor;
    /// <summary>Border colour drawn.</summary>
    public Rgba BorderColor;
    /// <summary>Text colour drawn.</summary>
    public Rgba Color;
    /// <summary>Extra scale about the box centre (the focus effect), 1 at rest.</summary>
    public float Scale;
    /// <summary>Extra translation of the entity and its subtree (layout animation, page transition), in pixels.</summary>
    public float TranslateX;
    /// <summary>Extra vertical translation, in pixels.</summary>
    public float TranslateY;
    /// <summary>Size drawn while a layout animation runs (the layout size at rest).</summary>
    public float Width;
    /// <summary>Height drawn while a layout animation runs.</summary>
    public float Height;

    internal float OpacityTarget;
    internal AnimatedValue OpacityValue;
    internal TransformOp[]? TransformTarget;
    internal TransformOp[]? TransformFrom;
    internal AnimatedValue TransformProgress;
    internal ColourChannel Background;
    internal ColourChannel Border;
    internal ColourChannel Text;
    internal FocusEffect Focus;
    internal bool Focused;
    internal LayoutTransition Box;
    internal bool HasBox;
    internal AnimatedValue PageX;
    internal AnimatedValue PageOpacity;
}

/// <summary>A colour that animates from a snapshot to a target.</summary>
internal struct ColourChannel
{
    public Rgba From;
    public Rgba Target;
    public AnimatedValue Progress;

    public readonly Rgba At(double nowMs)
    {
        float t = Progress.ValueAt(nowMs);
        return t >= 1 ? Target : Lerp(From, Target, t);
    }

    public void Retarget(Rgba target, double nowMs, float durationMs, float delayMs, Easing easing)
    {
        if (target == Target) return;
        if (durationMs <= 0)
        {
            From = Target = target;
            Progress.Set(1);
            return;
        }
        From = At(nowMs);
        Target = target;
        Progress.Set(0);
        Progress.AnimateTo(1, nowMs, durationMs, easing, delayMs);
    }

    private static Rgba Lerp(Rgba a, Rgba b, float t) => new(Mix(a.R, b.R, t), Mix(a.G, b.G, t), Mix(a.B, b.B, t), Mix(a.A, b.A, t));

    private static byte Mix(byte a, byte b, float t) => (byte)Math.Clamp(MathF.Round(a + (b - a) * t), 0, 255);
}

/// <summary>Plays style transitions, the focus effect, layout animations and page transitions on the frame clock.</summary>
/// <remarks>
/// Runs in the animation stage, after layout and before render. A style change of an entity whose style has a
/// <c>transitionDuration</c> animates opacity, transform and colours from the value drawn now to the new one (an
/// interruption starts from where the animation is); a focused entity with a <c>focusScale</c> grows to it and shrinks
/// back on blur; an entity with <c>animateLayout</c> moves and resizes from its old box to its new one (its subtree
/// follows); <see cref="StartPageTransition"/> slides or fades page roots. Reads <see cref="Style"/>,
/// <see cref="MotionOptions"/>, <see cref="LayoutBox"/> and the focus; writes <see cref="Motion"/>, which the render
/// system draws. Cost per frame follows the number of style changes and running animations (plus one pass over the
/// entities that animate their layout).
/// </remarks>
public sealed class AnimationSystem(UiWorld world) : EngineSystem
{
    /// <summary>Duration of the focus effect when the entity's style names no transition.</summary>
    public const float DefaultFocusDurationMs = FocusEffect.DefaultDurationMs;

    private readonly List<Entity> _active = new(16);
    private readonly List<Entity> _pageEnds = new(2);
    private Entity _focused;
    private double _nowMs;

    /// <inheritdoc/>
    public override FrameStage Stage => FrameStage.Animation;

    /// <summary>True while any animation runs (the frame loop counts it as pending work).</summary>
    public bool IsAnimating => _active.Count > 0;

    /// <summary>Called when a page transition ends with the root that left (hide it, or let it go).</summary>
    public event Action<Entity>? PageTransitionEnded;

    /// <inheritdoc/>
    public override void Run(in SystemContext context)
    {
        _nowMs = context.Now * 1000.0 / context.Frequency;
        World ecs = world.Ecs;
        // Style and option changes come from the prop path (UiWorld), so this costs what changed, not the tree.
        List<Entity> changes = world.MotionChanges;
        for (int i = 0; i < changes.Count; i++)
        {
            Entity e = changes[i];
            if (!ecs.IsAlive(e)) continue;
            SyncStyle(e, ecs.Get<Style>(e));
            if (e == _focused) SyncFocus(e);
        }
        changes.Clear();
        foreach (var row in ecs.Query<LayoutAnimation>()) SyncBox(row.Entity);
        Entity focused = world.Focused;
        if (focused != _focused)
        {
            if (ecs.IsAlive(_focused)) SyncFocus(_focused);
            _focused = focused;
            if (!focused.IsNull) SyncFocus(focused);
        }
        Step();
    }

    /// <summary>Starts a page transition: <paramref name="incoming"/> comes in while <paramref name="outgoing"/> (if any) leaves.</summary>
    /// <param name="outgoing">The root leaving, still displayed; <see cref="PageTransitionEnded"/> reports it at the end.</param>
    /// <param name="incoming">The root arriving.</param>
    /// <param name="kind">The motion.</param>
    /// <param name="durationMs">How long it lasts.</param>
    /// <param name="width">The distance of a slide (the viewport width).</param>
    /// <param name="nowMs">The time it starts (the current frame's).</param>
    public void StartPageTransition(Entity outgoing, Entity incoming, PageTransitionKind kind, float durationMs, float width, double nowMs)
    {
        if (!(durationMs >= 0) || float.IsInfinity(durationMs))
            throw new ArgumentOutOfRangeException(nameof(durationMs), durationMs, "a page transition lasts a finite number of ms >= 0");
        var transition = new PageTransition(kind, nowMs, durationMs, width, Easing.EaseInOut);
        PageTransitionFrame start = transition.At(nowMs), end = transition.At(double.PositiveInfinity);
        AnimatePage(incoming, start.IncomingX, end.IncomingX, start.IncomingOpacity, end.IncomingOpacity, nowMs, durationMs);
        if (!outgoing.IsNull && world.IsAlive(outgoing))
        {
            AnimatePage(outgoing, start.OutgoingX, end.OutgoingX, start.OutgoingOpacity, end.OutgoingOpacity, nowMs, durationMs);
            _pageEnds.Add(outgoing);
        }
    }

    private void AnimatePage(Entity root, float fromX, float toX, float fromOpacity, float toOpacity, double nowMs, float durationMs)
    {
        ref Motion m = ref Ensure(root);
        m.PageX.Set(fromX);
        m.PageX.AnimateTo(toX, nowMs, durationMs, Easing.EaseInOut);
        m.PageOpacity.Set(fromOpacity);
        m.PageOpacity.AnimateTo(toOpacity, nowMs, durationMs, Easing.EaseInOut);
        Activate(root);
    }

    private ref Motion Ensure(Entity e)
    {
        World ecs = world.Ecs;
        if (ecs.Has<Motion>(e)) return ref ecs.GetMut<Motion>(e);
        ref readonly Style s = ref ecs.Get<Style>(e);
        float focusScale = ecs.TryGet(e, out MotionOptions o) ? o.FocusScale : 1;
        var m = new Motion
        {
            Opacity = s.Opacity,
            OpacityTarget = s.Opacity,
            OpacityValue = new AnimatedValue(s.Opacity),
            Transform = s.Transform,
            TransformTarget = s.Transform,
            TransformProgress = new AnimatedValue(1),
            BackgroundColor = s.BackgroundColor,
            BorderColor = s.BorderColor,
            Color = s.Color,
            Background = new ColourChannel { From = s.BackgroundColor, Target = s.BackgroundColor, Progress = new AnimatedValue(1) },
            Border = new ColourChannel { From = s.BorderColor, Target = s.BorderColor, Progress = new AnimatedValue(1) },
            Text = new ColourChannel { From = s.Color, Target = s.Color, Progress = new AnimatedValue(1) },
            Focus = FocusEffectOf(focusScale, s),
            Scale = 1,
            Width = float.NaN,
            Height = float.NaN,
            PageX = new AnimatedValue(0),
            PageOpacity = new AnimatedValue(1),
        };
        ecs.Set(e, m);
        return ref ecs.GetMut<Motion>(e);
    }

    // The focus effect follows the entity's transition when it has one, else 150 ms ease-out.
    private static FocusEffect FocusEffectOf(float scale, in Style s) => s.TransitionDurationMs > 0
        ? new FocusEffect(scale, s.TransitionDurationMs, EasingOf(s.TransitionTiming))
        : new FocusEffect(scale, DefaultFocusDurationMs);

    private static Easing EasingOf(TransitionTiming timing) => timing switch
    {
        TransitionTiming.Linear => Easing.Linear,
        TransitionTiming.EaseIn => Easing.EaseIn,
        TransitionTiming.EaseOut => Easing.EaseOut,
        TransitionTiming.EaseInOut => Easing.EaseInOut,
        _ => Easing.Ease,
    };

    private void SyncStyle(Entity e, in Style s)
    {
        bool created = !world.Ecs.Has<Motion>(e);
        ref Motion m = ref Ensure(e);
        if (created) return; // A new motion starts at rest on the current style: mounting does not animate.
        double now = _nowMs;
        float duration = s.TransitionDurationMs, delay = s.TransitionDelayMs;
        Easing easing = EasingOf(s.TransitionTiming);
        bool moving = false;
        if (s.Opacity != m.OpacityTarget)
        {
            m.OpacityTarget = s.Opacity;
            if (duration > 0) m.OpacityValue.AnimateTo(s.Opacity, now, duration, easing, delay);
            else m.OpacityValue.Set(s.Opacity);
            moving |= duration > 0;
        }
        if (!ReferenceEquals(s.Transform, m.TransformTarget) && !SameOps(s.Transform, m.TransformTarget))
        {
            moving |= RetargetTransform(ref m, s.Transform, now, duration, delay, easing);
        }
        else m.TransformTarget = s.Transform;
        moving |= Retarget(ref m.Background, s.BackgroundColor, now, duration, delay, easing);
        moving |= Retarget(ref m.Border, s.BorderColor, now, duration, delay, easing);
        moving |= Retarget(ref m.Text, s.Color, now, duration, delay, easing);
        Evaluate(ref m, now);
        if (moving) Activate(e);
    }

    private static bool Retarget(ref ColourChannel channel, Rgba target, double now, float duration, float delay, Easing easing)
    {
        if (target == channel.Target) return false;
        channel.Retarget(target, now, duration, delay, easing);
        return duration > 0;
    }

    private bool RetargetTransform(ref Motion m, TransformOp[]? target, double now, float duration, float delay, Easing easing)
    {
        TransformOp[]? drawn = m.Transform;
        m.TransformTarget = target;
        // Lists interpolate operation by operation when one is a prefix of the other in kinds (the missing
        // operations count as identity, as in CSS); other pairs jump.
        if (duration <= 0 || !Compatible(drawn, target))
        {
            m.TransformFrom = null;
            m.TransformProgress.Set(1);
            return false;
        }
        int n = Math.Max(drawn?.Length ?? 0, target?.Length ?? 0);
        var from = new TransformOp[n];
        for (int i = 0; i < n; i++)
        {
            TransformOp reference = i < (target?.Length ?? 0) ? target![i] : drawn![i];
            from[i] = drawn is not null && i < drawn.Length ? drawn[i] : Identity(reference.Kind);
        }
        m.TransformFrom = from;
        m.TransformProgress.Set(0);
        m.TransformProgress.AnimateTo(1, now, duration, easing, delay);
        return true;
    }

    private static bool Compatible(TransformOp[]? a, TransformOp[]? b)
    {
        int common = Math.Min(a?.Length ?? 0, b?.Length ?? 0);
        for (int i = 0; i < common; i++)
        {
            if (a![i].Kind != b![i].Kind) return false;
        }
        return true;
    }

    private static bool SameOps(TransformOp[]? a, TransformOp[]? b) =>
        a is null ? b is null : b is not null && a.AsSpan().SequenceEqual(b);

    private static TransformOp Identity(TransformKind kind) =>
        new(kind, kind is TransformKind.Scale or TransformKind.ScaleX or TransformKind.ScaleY ? 1 : 0);

    private void SyncFocus(Entity e)
    {
        World ecs = world.Ecs;
        if (!ecs.TryGet(e, out MotionOptions o) || o.FocusScale == 1) return;
        ref Motion m = ref Ensure(e);
        bool focused = world.Focused == e;
        if (focused == m.Focused) return;
        m.Focused = focused;
        if (m.Focus.FocusedScale != o.FocusScale) m.Focus = FocusEffectOf(o.FocusScale, ecs.Get<Style>(e));
        if (focused) m.Focus.Focus(_nowMs);
        else m.Focus.Blur(_nowMs);
        Evaluate(ref m, _nowMs);
        Activate(e);
    }

    private void SyncBox(Entity e)
    {
        World ecs = world.Ecs;
        ref readonly LayoutBox box = ref ecs.Get<LayoutBox>(e);
        var rect = new Rect(box.X, box.Y, box.W, box.H);
        ref Motion m = ref Ensure(e);
        if (!m.HasBox)
        {
            m.Box = new LayoutTransition(rect);
            m.HasBox = true;
            return;
        }
        if (m.Box.To == rect) return;
        ref readonly Style s = ref ecs.Get<Style>(e);
        float duration = s.TransitionDurationMs > 0 ? s.TransitionDurationMs : DefaultFocusDurationMs;
        m.Box.LayoutChanged(rect, _nowMs, duration, EasingOf(s.TransitionTiming));
        Evaluate(ref m, _nowMs);
        Activate(e);
    }

    private void Activate(Entity e)
    {
        if (!_active.Contains(e)) _active.Add(e);
    }

    private void Step()
    {
        World ecs = world.Ecs;
        for (int i = _active.Count - 1; i >= 0; i--)
        {
            Entity e = _active[i];
            if (!ecs.IsAlive(e) || !ecs.Has<Motion>(e))
            {
                _active.RemoveAt(i);
                continue;
            }
            ref Motion m = ref ecs.GetMut<Motion>(e);
            if (!Evaluate(ref m, _nowMs)) _active.RemoveAt(i);
        }
        for (int i = _pageEnds.Count - 1; i >= 0; i--)
        {
            Entity root = _pageEnds[i];
            if (ecs.IsAlive(root) && _active.Contains(root)) continue;
            _pageEnds.RemoveAt(i);
            if (ecs.IsAlive(root))
            {
                ref Motion m = ref ecs.GetMut<Motion>(root);
                m.PageX.Set(0);
                m.PageOpacity.Set(1);
                Evaluate(ref m, _nowMs);
                PageTransitionEnded?.Invoke(root);
            }
        }
    }

    /// <summary>Computes the drawn values at a time; returns whether any animation is still running.</summary>
    private static bool Evaluate(ref Motion m, double now)
    {
        bool running = false;
        m.Opacity = m.OpacityValue.ValueAt(now) * m.PageOpacity.ValueAt(now);
        running |= m.OpacityValue.IsAnimating(now) || m.PageOpacity.IsAnimating(now);

        float t = m.TransformProgress.ValueAt(now);
        if (m.TransformFrom is null || t >= 1 && !m.TransformProgress.IsAnimating(now))
        {
            m.Transform = m.TransformTarget;
            m.TransformFrom = null;
        }
        else
        {
            TransformOp[] from = m.TransformFrom;
            TransformOp[]? target = m.TransformTarget;
            // The drawn list is rebuilt in place once it has the right length, so a running transition allocates only when it starts.
            if (m.Transform is null || m.Transform.Length != from.Length || ReferenceEquals(m.Transform, target)) m.Transform = new TransformOp[from.Length];
            for (int i = 0; i < from.Length; i++)
            {
                float to = target is not null && i < target.Length ? target[i].Value : Identity(from[i].Kind).Value;
                m.Transform[i] = new TransformOp(from[i].Kind, from[i].Value + (to - from[i].Value) * t);
            }
            running = true;
        }

        m.BackgroundColor = m.Background.At(now);
        m.BorderColor = m.Border.At(now);
        m.Color = m.Text.At(now);
        running |= m.Background.Progress.IsAnimating(now) || m.Border.Progress.IsAnimating(now) || m.Text.Progress.IsAnimating(now);

        m.Scale = m.Focus.ScaleAt(now);
        running |= m.Focus.IsAnimating(now);

        m.TranslateX = m.PageX.ValueAt(now);
        m.TranslateY = 0;
        running |= m.PageX.IsAnimating(now);
        if (m.HasBox && m.Box.IsAnimating(now))
        {
            Rect drawn = m.Box.At(now), layout = m.Box.To;
            m.TranslateX += drawn.X - layout.X;
            m.TranslateY += drawn.Y - layout.Y;
            m.Width = drawn.W;
            m.Height = drawn.H;
            running = true;
        }
        else
        {
            m.Width = m.Height = float.NaN;
        }
        return running;
    }
}
