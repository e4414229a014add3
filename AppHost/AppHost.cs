using CapexRadar.AppHost.Hosting;

var builder = DistributedApplication.CreateBuilder(args);
try
{
    var dataDirectory = builder.ResolveDataDirectory();
    var messaging = builder.AddCapexRadarBroker(dataDirectory);
    var storage = builder.AddCapexRadarStorage(dataDirectory);
    builder.AddCapexRadarServices(messaging, dataDirectory, storage);
    builder.AddCapexRadarAuth(dataDirectory); // last: gives every service added above its token settings
    builder.AddResourceSupervisor([messaging.Resource.Name, "entities", "capex", "market", "ingestion",
        .. storage.ServerResource is { } server ? [server] : Array.Empty<string>()]);
}
catch (StorageUnavailableException ex)
{
    Console.Error.WriteLine($"CapexRadar: {ex.Message}");
    return 2;
}
catch (BrokerUnavailableException ex)
{
    Console.Error.WriteLine($"CapexRadar: {ex.Message}");
    return 2;
}

builder.Build().Run();
return 0;
