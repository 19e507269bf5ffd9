using Bridge.App;
using Bridge.Cli;
using Bridge.Legacy;
using Bridge.Serve;
using Bridge.Telemetry;

var builder = BridgeApp.CreateBuilder(args);
builder.Options.Name = "bridge";
builder.Options.AssetsRoot = DemoApp.DefaultAssetCache();
builder.Pages.AddDemoPages();
builder.Services.AddDemoServices();
builder.AddLegacyPages();
builder.AddTelemetry();
builder.AddServe();
return builder.Build().Run();
