namespace Bridge.Graphics;

/// <summary>How a frame was drawn.</summary>
public enum RedrawKind : byte
{
    /// <summary>Cleared and drawn whole.</summary>
    Full,
    /// <summary>Only the damaged rectangles were cleared and drawn again; the rest kept from the last frame.</summary>
    Damage,
    /// <summary>Nothing changed: no pixel was drawn.</summary>
    Unchanged,
}

/// <summary>Why a frame was drawn whole.</summary>
public enum FullRedrawReason : byte
{
    /// <summary>Not a full redraw.</summary>
    None,
    /// <summary>Damage redraw is turned off.</summary>
    Disabled,
    /// <summary>The first frame, or the first after a resize (the kept pixels are gone).</summary>
    NoLastFrame,
    /// <summary>The clear colour changed.</summary>
    ClearColour,
    /// <summary>The design-to-device mapping changed.</summary>
    DeviceMapping,
    /// <summary>The glyph atlas started over.</summary>
    GlyphAtlas,
    /// <summary>More than half of the frame was damaged.</summary>
    LargeDamage,
}

/// <summary>What one frame of a renderer did.</summary>
/// <param name="Kind">Full, damage or unchanged.</param>
/// <param name="Reason">Why it was full (<see cref="FullRedrawReason.None"/> otherwise).</param>
/// <param name="DamagedPixels">Pixels cleared and drawn again (the whole frame for a full redraw).</param>
/// <param name="DamageRects">Rectangles drawn again (1 for a full redraw).</param>
/// <param name="ChangedCommands">Commands found changed, added or removed since the last frame.</param>
/// <param name="CommandsDrawn">Commands that reached the damage and were turned into quads.</param>
/// <param name="Instances">Quads submitted (rects, images, glyphs).</param>
/// <param name="DrawCalls">Instanced draw calls issued.</param>
/// <param name="CpuMs">Time spent in the render call on the render thread, glFinish included when the backend waits for
/// the frame (on a software rasterizer that is the drawing itself).</param>
public readonly record struct RenderStats(RedrawKind Kind, FullRedrawReason Reason, long DamagedPixels, int DamageRects,
                                          int ChangedCommands, int CommandsDrawn, int Instances, int DrawCalls, double CpuMs);
