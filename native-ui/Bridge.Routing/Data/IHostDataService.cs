namespace Bridge.Routing;

/// <summary>Answers <c>fetchData(resource, params)</c> of legacy pages; native pages call the same service.</summary>
/// <remarks>Called from the JS thread; implementations may complete on any thread. Params and results are plain
/// data: null, bool, numbers, strings, lists, string-keyed maps, or objects whose public properties become map keys.</remarks>
public interface IHostDataService
{
    /// <summary>Fetches a resource; a thrown exception becomes the rejection message seen by JS.</summary>
    ValueTask<object?> FetchAsync(string resource, object? parameters, CancellationToken cancellationToken);
}
