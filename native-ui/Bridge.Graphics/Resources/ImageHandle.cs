namespace Bridge.Graphics;

/// <summary>Names an image acquired from the <see cref="ResourceSystem"/>; id 0 is no image.</summary>
public readonly record struct ImageHandle(int Id)
{
    /// <summary>No image.</summary>
    public static readonly ImageHandle None = default;

    /// <summary>True for the handle of no image.</summary>
    public bool IsNone => Id == 0;
}

/// <summary>Where an image is in its life: decoding or waiting for upload, drawable, or failed (drawn as the placeholder).</summary>
public enum ImageState
{
    /// <summary>Being decoded or waiting for its upload; the placeholder is drawn meanwhile.</summary>
    Loading,
    /// <summary>Uploaded to a texture and drawn.</summary>
    Ready,
    /// <summary>Missing, corrupt or not servable; the placeholder is drawn for good.</summary>
    Failed,
}

/// <summary>Budgets of the <see cref="ResourceSystem"/>.</summary>
/// <param name="TextureByteBudget">Bytes of texture memory that unreferenced images may keep before the least recently released are evicted.</param>
/// <param name="UploadBytesPerFrame">Bytes uploaded per <see cref="ResourceSystem.Update"/>; at least one image is uploaded per frame regardless.</param>
/// <param name="MaxImageSide">Largest width or height accepted; bigger images fail with a logged reason.</param>
public sealed record ResourceOptions(long TextureByteBudget = 128L << 20, long UploadBytesPerFrame = 4L << 20, int MaxImageSide = 8192)
{
    /// <summary>128 MiB of textures, 4 MiB uploaded per frame, images up to 8192 pixels a side.</summary>
    public static readonly ResourceOptions Default = new();
}
