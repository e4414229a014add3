using CapexRadar.Ingestion.Api;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddIngestionServices();

var app = builder.Build();

app.MapIngestionEndpoints();

app.Run();
