using Aspire.Hosting.ApplicationModel;

namespace CapexRadar.AppHost.Hosting;

/// <summary>
/// A private RabbitMQ broker run from Debian's <c>rabbitmq-server</c> package as a plain foreground process
/// (no container runtime needed). DCP allocates and proxies the AMQP and Erlang distribution ports; the
/// broker learns them from <c>RABBITMQ_NODE_PORT</c> and <c>RABBITMQ_DIST_PORT</c>.
/// </summary>
public sealed class RabbitMqProcessResource(string name, string command, string workingDirectory, string nodeName, string stateDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string AmqpEndpointName = "amqp";
    public const string DistEndpointName = "dist";

    /// <summary>The Erlang node name, unique per AppHost run so several brokers can share one epmd.</summary>
    public string NodeName { get; } = nodeName;

    /// <summary>Everything the broker writes (HOME with the Erlang cookie, mnesia, logs, config); removed on shutdown.</summary>
    public string StateDirectory { get; } = stateDirectory;

    public EndpointReference AmqpEndpoint => new(this, AmqpEndpointName);

    /// <summary>The generated broker password (a secret parameter; see <see cref="BrokerState.Credentials"/>).</summary>
    public ParameterResource? Password { get; init; }

    /// <summary><c>amqp://capexradar:{password}@localhost:PORT</c>: the generated user, never guest.</summary>
    public ReferenceExpression ConnectionStringExpression => Password is { } password
        ? ReferenceExpression.Create($"amqp://{BrokerState.User}:{password}@{AmqpEndpoint.Property(EndpointProperty.HostAndPort)}")
        : ReferenceExpression.Create($"amqp://guest:guest@{AmqpEndpoint.Property(EndpointProperty.HostAndPort)}");

    IEnumerable<KeyValuePair<string, ReferenceExpression>> IResourceWithConnectionString.GetConnectionProperties()
    {
        yield return new("Host", ReferenceExpression.Create($"{AmqpEndpoint.Property(EndpointProperty.Host)}"));
        yield return new("Port", ReferenceExpression.Create($"{AmqpEndpoint.Property(EndpointProperty.Port)}"));
        yield return new("Uri", ConnectionStringExpression);
    }
}
