using Bridge.App;
using Bridge.Cli;
using Bridge.Legacy;

var builder = BridgeApp.CreateBuilder(args);
builder.Options.Name = "bridge";
builder.Options.AssetsRoot = DemoApp.DefaultAssetCache();
builder.Pages.AddDemoPages();
builder.Services.AddDemoServices();
builder.AddLegacyPages();
return builder.Build().Run();
