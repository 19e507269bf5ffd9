using Bridge.Interaction.Animation;
using Bridge.Interaction.Geometry;

namespace Bridge.Interaction.Tests.Animation;

public sealed class EffectsTests
{
    [Fact]
    public void Layout_transition_moves_from_the_old_box_to_the_new_one()
    {
        var transition = new LayoutTransition(new Rect(0, 0, 100, 100));
        transition.LayoutChanged(new Rect(200, 100, 300, 100), 1000, 200, Easing.Linear);
        Assert.Equal(new Rect(0, 0, 100, 100), transition.At(1000));
        Assert.Equal(new Rect(100, 50, 200, 100), transition.At(1100));
        Assert.Equal(new Rect(200, 100, 300, 100), transition.At(1200));
        Assert.False(transition.IsAnimating(1200));
    }

    [Fact]
    public void Layout_change_mid_flight_starts_from_the_drawn_box()
    {
        var transition = new LayoutTransition(new Rect(0, 0, 100, 100));
        transition.LayoutChanged(new Rect(200, 0, 100, 100), 0, 200, Easing.Linear);
        transition.LayoutChanged(new Rect(0, 0, 100, 100), 100, 200, Easing.Linear);
        Assert.Equal(new Rect(100, 0, 100, 100), transition.At(100));
        Assert.Equal(new Rect(50, 0, 100, 100), transition.At(200));
    }

    [Fact]
    public void Unchanged_layout_does_not_start_a_transition()
    {
        var transition = new LayoutTransition(new Rect(0, 0, 10, 10));
        transition.LayoutChanged(new Rect(0, 0, 10, 10), 0, 200, Easing.Linear);
        Assert.False(transition.IsAnimating(50));
    }

    [Fact]
    public void Focus_effect_scales_up_on_focus_and_back_on_blur_from_where_it_is()
    {
        var effect = new FocusEffect(1.08f, 100);
        Assert.Equal(1, effect.ScaleAt(0));
        effect.Focus(0);
        Assert.Equal(1.08f, effect.ScaleAt(100), 4);
        var mid = effect.ScaleAt(50);
        Assert.InRange(mid, 1.04f, 1.08f);
        effect.Blur(50);
        Assert.Equal(mid, effect.ScaleAt(50), 4);
        Assert.Equal(1, effect.ScaleAt(150), 4);
    }

    [Fact]
    public void Focus_effect_follows_the_easing_it_is_given()
    {
        var effect = new FocusEffect(1.2f, 100, Easing.Linear);
        effect.Focus(0);
        Assert.Equal(1.05f, effect.ScaleAt(25), 4);
        Assert.Equal(1.1f, effect.ScaleAt(50), 4);
        effect.Blur(50);
        Assert.Equal(1.05f, effect.ScaleAt(100), 4);
    }

    [Fact]
    public void Default_focus_effect_rests_at_one_and_uses_the_default_scale()
    {
        var effect = default(FocusEffect);
        Assert.Equal(1, effect.ScaleAt(0));
        effect.Focus(0);
        Assert.Equal(FocusEffect.DefaultFocusedScale, effect.ScaleAt(FocusEffect.DefaultDurationMs), 4);
        Assert.True(effect.IsAnimating(FocusEffect.DefaultDurationMs / 2));
    }

    [Fact]
    public void Fade_transition_crossfades_the_pages()
    {
        var fade = new PageTransition(PageTransitionKind.Fade, 0, 200, 1280, Easing.Linear);
        Assert.Equal(new PageTransitionFrame(1, 0, 0, 0, false), fade.At(0));
        Assert.Equal(new PageTransitionFrame(0.5f, 0, 0.5f, 0, false), fade.At(100));
        Assert.Equal(new PageTransitionFrame(0, 0, 1, 0, true), fade.At(200));
    }

    [Fact]
    public void Slide_left_brings_the_new_page_from_the_right()
    {
        var slide = new PageTransition(PageTransitionKind.SlideLeft, 0, 200, 1280, Easing.Linear);
        Assert.Equal(new PageTransitionFrame(1, -640, 1, 640, false), slide.At(100));
        Assert.Equal(new PageTransitionFrame(1, -1280, 1, 0, true), slide.At(300));
        var back = new PageTransition(PageTransitionKind.SlideRight, 0, 200, 1280, Easing.Linear);
        Assert.Equal(new PageTransitionFrame(1, 640, 1, -640, false), back.At(100));
    }
}
