using Bridge.Engine.Frame;
using Bridge.Graphics;

namespace Bridge.Engine.Systems;

/// <summary>Lets the resource system finish decoded images and upload them to the backend within its per-frame budget.</summary>
/// <remarks>Reads and writes no component: images are looked up by handle when drawn.</remarks>
public sealed class ResourceStageSystem : EngineSystem
{
    private readonly ResourceSystem _resources;
    private readonly IImageUploader _uploader;

    internal ResourceStageSystem(ResourceSystem resources, IImageUploader uploader)
    {
        _resources = resources;
        _uploader = uploader;
    }

    /// <inheritdoc/>
    public override FrameStage Stage => FrameStage.Resources;

    /// <inheritdoc/>
    public override void Run(in SystemContext context) => _resources.Update(_uploader);
}
