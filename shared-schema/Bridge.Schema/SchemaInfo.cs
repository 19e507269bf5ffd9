namespace Bridge.Schema;

/// <summary>Version of the contract between the legacy JS side and the C# engine.</summary>
/// <remarks>Bump it whenever a code changes meaning; both sides reject a batch carrying another version.</remarks>
public static class SchemaInfo
{
    /// <summary>The schema version written into every batch.</summary>
    public const int Version = 1;

    /// <summary>Node id that stands for the page root of the batch it appears in.</summary>
    public const uint PageRootNodeId = 0;

    /// <summary>Longest text of a Text node (UpdateText), in UTF-16 code units.</summary>
    public const int MaxTextLength = 100_000;

    /// <summary>Longest page name (MountRoot, Navigate), in UTF-16 code units.</summary>
    public const int MaxNameLength = 256;
}
