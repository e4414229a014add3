using CapexRadar.Capex.Api;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddCapexServices();

var app = builder.Build();

app.MapCapexEndpoints();

app.Run();
