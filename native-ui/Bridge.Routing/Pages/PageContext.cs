namespace Bridge.Routing;

/// <summary>What a page receives when it mounts: who it is, its parameters and the navigator to move on.</summary>
/// <param name="Page">The manifest name of the page.</param>
/// <param name="Path">The path this instance runs on (native or legacy; never compare).</param>
/// <param name="Role">Whether this instance is shown or runs in the shadow.</param>
/// <param name="Params">The parameters passed by the page that navigated here.</param>
/// <param name="Navigator">Navigation for the page's handlers; a shadow instance's calls are ignored.</param>
public sealed record PageContext(string Page, PagePath Path, PageRole Role, PageParams Params, INavigator Navigator);

/// <summary>Navigation as pages see it.</summary>
public interface INavigator
{
    /// <summary>Pushes a page on the navigation stack.</summary>
    void Navigate(string page, PageParams? parameters = null);

    /// <summary>Pops the current page, returning an optional result to the page below; false at the bottom.</summary>
    bool Back(PageParams? result = null);
}
