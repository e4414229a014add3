using CapexRadar.Market.Api;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMarketServices();

var app = builder.Build();

app.MapMarketEndpoints();

app.Run();
