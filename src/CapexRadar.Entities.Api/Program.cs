using CapexRadar.Entities.Api;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddEntitiesServices();

var app = builder.Build();

app.MapEntitiesEndpoints();

app.Run();
