namespace Bridge.Reactive;

/// <summary>
/// One edge of the graph: <see cref="Sub"/> reads <see cref="Dep"/>. A link sits in two intrusive doubly linked
/// lists at once, the subscriber's dependencies and the dependency's subscribers, so the graph is walked and
/// rewired without any collection.
/// </summary>
internal sealed class Link
{
    internal int Version;
    internal ReactiveNode Dep = null!;
    internal ReactiveNode Sub = null!;
    internal Link? PrevSub;
    internal Link? NextSub;
    internal Link? PrevDep;
    internal Link? NextDep;
}
