using CapexRadar.AppHost.Hosting;

var builder = DistributedApplication.CreateBuilder(args);
try
{
    var dataDirectory = builder.ResolveDataDirectory();
    var messaging = builder.AddCapexRadarBroker(dataDirectory);
    builder.AddCapexRadarServices(messaging, dataDirectory);
    builder.AddCapexRadarAuth(dataDirectory); // last: gives every service added above its token settings
    builder.AddResourceSupervisor(messaging.Resource.Name, "entities", "capex", "market", "ingestion");
}
catch (BrokerUnavailableException ex)
{
    Console.Error.WriteLine($"CapexRadar: {ex.Message}");
    return 2;
}

builder.Build().Run();
return 0;
