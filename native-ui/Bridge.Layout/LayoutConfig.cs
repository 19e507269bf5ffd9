namespace Bridge.Layout;

/// <summary>Settings shared by the nodes of a tree: pixel grid, defaults and errata.</summary>
public sealed class LayoutConfig
{
    private static int s_versions;
    private float _pointScaleFactor = 1f;
    private Errata _errata = Errata.MinSizeUndefinedInsteadOfAuto;

    /// <summary>The config used by nodes created without one.</summary>
    public static LayoutConfig Default { get; } = new();

    /// <summary>Creates a config; <paramref name="useWebDefaults"/> switches node defaults to CSS's (row, static, shrink 1).</summary>
    public LayoutConfig(bool useWebDefaults = false)
    {
        UseWebDefaults = useWebDefaults;
        Version = (uint)Interlocked.Increment(ref s_versions);
    }

    /// <summary>Physical pixels per point; layout results snap to 1/PointScaleFactor (0 disables rounding).</summary>
    public float PointScaleFactor
    {
        get => _pointScaleFactor;
        set
        {
            if (value < 0 || float.IsNaN(value) || float.IsInfinity(value))
                throw new ArgumentOutOfRangeException(nameof(value), value, "PointScaleFactor must be a finite number >= 0");
            if (_pointScaleFactor == value) return;
            _pointScaleFactor = value;
            Version = (uint)Interlocked.Increment(ref s_versions);
        }
    }

    /// <summary>Whether nodes of this config start with CSS defaults instead of React Native's; fixed once the config is built.</summary>
    public bool UseWebDefaults { get; init; }

    /// <summary>Yoga errata this config enables.</summary>
    public Errata Errata
    {
        get => _errata;
        set
        {
            if (_errata == value) return;
            _errata = value;
            Version = (uint)Interlocked.Increment(ref s_versions);
        }
    }

    /// <summary>Yoga experimental features this config enables.</summary>
    public ExperimentalFeatures ExperimentalFeatures
    {
        get => _experimentalFeatures;
        set
        {
            if (_experimentalFeatures == value) return;
            _experimentalFeatures = value;
            Version = (uint)Interlocked.Increment(ref s_versions);
        }
    }
    private ExperimentalFeatures _experimentalFeatures;

    /// <summary>Changes whenever a setting that affects layout changes; cached layouts of another version are dropped.</summary>
    internal uint Version { get; private set; }

    internal bool HasErrata(Errata e) => (_errata & e) != 0;
}
