using Aspire.Hosting.ApplicationModel;

namespace CapexRadar.AppHost.Hosting;

public static class ServiceExtensions
{
    /// <summary>
    /// <c>CapexRadar:DataDirectory</c> (relative paths are taken from the repository root), default <c>{repo}/.data</c>.
    /// </summary>
    public static string ResolveDataDirectory(this IDistributedApplicationBuilder builder)
    {
        var repoRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var configured = builder.Configuration["CapexRadar:DataDirectory"];
        var dataDirectory = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(repoRoot, ".data")
            : Path.GetFullPath(configured, repoRoot);
        if (builder.ExecutionContext.IsRunMode)
        {
            Directory.CreateDirectory(dataDirectory);
        }

        return dataDirectory;
    }

    public static void AddCapexRadarServices(this IDistributedApplicationBuilder builder, IResourceBuilder<IResourceWithConnectionString> messaging, string dataDirectory)
    {
        _ = builder;
        _ = messaging;
        _ = dataDirectory;
    }
}
