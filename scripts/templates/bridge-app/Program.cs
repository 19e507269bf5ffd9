using BridgeApp1;
using BridgeApp1.Pages;
using Bridge.Cli;
using Bridge.Legacy;
using Bridge.Routing;
using Microsoft.Extensions.DependencyInjection;

var builder = BridgeApp.CreateBuilder(args);
builder.Options.Name = "BridgeApp1";
builder.Pages.Add<HelloPage>();
builder.Services.AddSingleton<Greetings>();
// Legacy pages reach the same data through fetchData('greetings').
builder.Services.AddSingleton<IHostDataService>(services => services.GetRequiredService<Greetings>());
builder.AddLegacyPages();
return builder.Build().Run();
