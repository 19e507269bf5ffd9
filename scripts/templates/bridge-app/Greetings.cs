using Bridge.Routing;

namespace BridgeApp1;

/// <summary>The app's data: native pages ask for it in their constructor, legacy pages call fetchData('greetings').</summary>
public sealed class Greetings : IHostDataService
{
    private static readonly string[] Texts = ["Hello", "Bonjour", "Hola", "Ciao"];

    /// <summary>The greetings, in order.</summary>
    public IReadOnlyList<string> All() => Texts;

    /// <inheritdoc/>
    public ValueTask<object?> FetchAsync(string resource, object? parameters, CancellationToken cancellationToken) => resource switch
    {
        "greetings" => ValueTask.FromResult<object?>(Texts.ToList()),
        _ => throw new ArgumentException($"unknown resource '{resource}' (this app serves: greetings)"),
    };
}
