using CapexRadar.Ingestion.Api;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddIngestionServices();

var app = builder.Build();

app.MapIngestionEndpoints();

app.Run();

/// <summary>Entry point, visible to functional tests.</summary>
public partial class Program;
