using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;

namespace Bridge.Engine.Systems;

/// <summary>Flushes reactive effects at one fixed point of the frame: after input handlers ran, before bus apply and layout.</summary>
/// <remarks>Effects write the components they feed (text, style, props) through <see cref="Widgets.UiWorld"/>. An effect
/// error no owner handled (no error boundary above it) is logged and reported with the entity its tree is mounted under
/// (<see cref="Compose.TreeErrors"/>); the frame goes on.</remarks>
public sealed class EffectsSystem : EngineSystem
{
    private readonly FrameLoop _loop;

    internal EffectsSystem(FrameLoop loop) => _loop = loop;

    /// <inheritdoc/>
    public override FrameStage Stage => FrameStage.Handlers;

    /// <inheritdoc/>
    public override void Run(in SystemContext context)
    {
        try
        {
            _loop.World.FlushEffects();
        }
        catch (AggregateException many) when (many.InnerExceptions.Count > 1)
        {
            foreach (var ex in many.InnerExceptions)
            {
                _loop.ReportHandlerError(Compose.TreeErrors.MountedUnder(ex), "effect", ex);
            }
        }
        catch (Exception ex)
        {
            _loop.ReportHandlerError(Compose.TreeErrors.MountedUnder(ex), "effect", ex);
        }
    }
}
