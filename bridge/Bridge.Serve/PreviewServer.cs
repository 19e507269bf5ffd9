using System.Net;
using Bridge.Host;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog;

namespace Bridge.Serve;

/// <summary>The HTTP side of <c>serve</c> (Kestrel): the preview page at <c>/</c> and its WebSocket at <c>/ws</c>.</summary>
/// <remarks>A socket whose Origin is another site is refused, so a page on the web cannot drive the app through the
/// user's browser.</remarks>
internal sealed class PreviewServer : IDisposable
{
    private readonly WebApplication _app;
    private readonly PreviewHub _hub;
    private readonly CancellationTokenSource _stopping = new();

    private PreviewServer(WebApplication app, PreviewHub hub, string url)
    {
        _app = app;
        _hub = hub;
        Url = url;
    }

    /// <summary>The preview page's address, with the port actually bound.</summary>
    public string Url { get; }

    /// <summary>Starts listening on <paramref name="address"/>:<paramref name="port"/> (0: any free port).</summary>
    public static PreviewServer Start(LiveSession session, IPAddress address, int port, Serilog.ILogger log)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(log, dispose: false);
        // A rule for the provider itself: AddSerilog adds one that lets everything through, which outranks a general rule.
        builder.Logging.AddFilter<Serilog.Extensions.Logging.SerilogLoggerProvider>("Microsoft", Microsoft.Extensions.Logging.LogLevel.Warning);
        builder.WebHost.UseKestrel(k => k.Listen(address, port));
        var app = builder.Build();
        var stopping = CancellationTokenSource.CreateLinkedTokenSource(app.Lifetime.ApplicationStopping);
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(20) });
        var page = PreviewPage.Html;
        app.MapGet("/", () => Results.Content(page, "text/html; charset=utf-8"));
        app.Map("/ws", async context =>
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsync("/ws takes WebSocket requests only");
                return;
            }
            if (!SameOrigin(context.Request))
            {
                log.Warning("serve: refused a preview socket from origin {Origin}", context.Request.Headers.Origin.ToString());
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
            await session.Hub.ServeAsync(socket, context.Connection.RemoteIpAddress?.ToString() ?? "?", cancel.Token);
        });
        try
        {
            app.StartAsync().GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw new AppStartException($"--port: cannot listen on {address}:{port} ({e.Message}); pick another port, or 0 for any free one", e);
        }
        var bound = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var url = bound.Replace("0.0.0.0", "127.0.0.1").Replace("[::]", "[::1]") + "/";
        log.Information("serve: preview at {Url}", url);
        var server = new PreviewServer(app, session.Hub, url);
        server._stopping.Token.Register(stopping.Cancel);
        return server;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _stopping.Cancel();
        _hub.Dispose();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3)))
        {
            _app.StopAsync(timeout.Token).GetAwaiter().GetResult();
        }
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _stopping.Dispose();
    }

    // A browser always sends Origin on a WebSocket; it must be this server (tools without one are allowed).
    private static bool SameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0 || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Authority == request.Host.Value);
    }
}

/// <summary>The preview page (HTML, CSS and JS in one file, no CDN), embedded in the assembly.</summary>
internal static class PreviewPage
{
    public static string Html { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(PreviewPage).Assembly.GetManifestResourceStream("Bridge.Serve.preview.html")
            ?? throw new InvalidOperationException("Bridge.Serve: the preview page is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
