using System.Globalization;

namespace Bridge.Migration;

/// <summary>How far a page's native screenshots may differ from its legacy ones and still count as the same picture.</summary>
/// <param name="MaxShare">The largest share of differing pixels (0 to 1) a compared screenshot may have ("maxShare").</param>
/// <param name="Channel">A pixel differs when a channel differs by more than this (0-255, "channel"): absorbs
/// rounding in blending and anti-aliasing, not a changed colour.</param>
/// <remarks>Manifest: <c>"pixels": {"maxShare": 0.001, "channel": 8}</c>, both keys optional.</remarks>
public sealed record PixelTolerance(double MaxShare, int Channel)
{
    /// <summary>The default share: 0.1 % of the pixels, under a line of 20 px text in another colour on a 1280x720 page.</summary>
    public const double DefaultMaxShare = 0.001;

    /// <summary>The default channel tolerance.</summary>
    public const int DefaultChannel = 8;

    /// <summary>What a page without "pixels" in the manifest gets.</summary>
    public static PixelTolerance Default { get; } = new(DefaultMaxShare, DefaultChannel);

    /// <summary>How the tolerance reads in a reason: "0.1 %".</summary>
    public string ShareText => FormatShare(MaxShare);

    /// <summary>Formats a share of pixels as a percentage with enough digits to tell small shares apart.</summary>
    public static string FormatShare(double share) => share switch
    {
        0 => "0 %",
        < 0.0001 => string.Create(CultureInfo.InvariantCulture, $"{share * 100:0.####} %"),
        < 0.01 => string.Create(CultureInfo.InvariantCulture, $"{share * 100:0.###} %"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{share * 100:0.##} %"),
    };
}
