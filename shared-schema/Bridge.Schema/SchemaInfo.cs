namespace Bridge.Schema;

/// <summary>Version of the contract between the legacy JS side and the C# engine.</summary>
/// <remarks>Bump it whenever a code changes meaning; both sides reject a batch carrying another version.</remarks>
public static class SchemaInfo
{
    /// <summary>The schema version written into every batch.</summary>
    public const int Version = 1;

    /// <summary>Node id that stands for the page root of the batch it appears in.</summary>
    public const uint PageRootNodeId = 0;
}
