using Bridge.Engine.Widgets;

namespace Bridge.Engine.Systems;

/// <summary>The test the layout and render systems share to cull a child of a scroll container.</summary>
/// <remarks>Both apply it to the same boxes (layout in content coordinates, render in the absolute ones layout published),
/// render with a narrower window, so render never draws a child whose subtree layout did not walk.</remarks>
internal static class ScrollCulling
{
    /// <summary>Whether a child's box, grown by its own transform (a focus scale), overlaps the window along the axis.</summary>
    /// <param name="start">The box's start along the axis.</param>
    /// <param name="w">The box's width.</param>
    /// <param name="h">The box's height.</param>
    /// <param name="horizontal">Whether the axis is horizontal.</param>
    /// <param name="transform">The child's own transform, null when none.</param>
    /// <param name="windowStart">Start of the window along the axis.</param>
    /// <param name="windowEnd">End of the window along the axis.</param>
    /// <param name="extraScale">A further scale about the centre (an animation's focus scale), 1 for none.</param>
    /// <param name="extraShift">A further displacement in any direction (an animation's translation), 0 for none.</param>
    public static bool Reaches(float start, float w, float h, bool horizontal, TransformOp[]? transform, float windowStart, float windowEnd,
                               float extraScale = 1, float extraShift = 0)
    {
        float half = (horizontal ? w : h) / 2;
        float centre = start + half;
        if (transform is not null) half = MathF.Max(half, TransformedHalfExtent(transform, w, h));
        if (extraScale != 1 || extraShift != 0) half = MathF.Max(half, MathF.Max(w, h) / 2) * MathF.Max(1, extraScale) + extraShift;
        return centre + half > windowStart && centre - half < windowEnd;
    }

    /// <summary>An upper bound of how far a transformed box reaches from its centre, in any direction.</summary>
    private static float TransformedHalfExtent(TransformOp[] ops, float w, float h)
    {
        float scale = 1, shift = 0;
        bool rotates = false;
        foreach (TransformOp op in ops)
        {
            switch (op.Kind)
            {
                case TransformKind.Scale or TransformKind.ScaleX or TransformKind.ScaleY: scale *= MathF.Max(1, MathF.Abs(op.Value)); break;
                case TransformKind.TranslateX or TransformKind.TranslateY: shift += MathF.Abs(op.Value); break;
                default: rotates |= op.Value != 0; break;
            }
        }
        float half = rotates ? MathF.Sqrt(w * w + h * h) / 2 : MathF.Max(w, h) / 2;
        return half * scale + shift;
    }
}
