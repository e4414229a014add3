using MassTransit;
using Microsoft.Extensions.Hosting;

namespace CapexRadar.ServiceHosting;

/// <summary>
/// Retry policy every consumer definition applies: quick in-process retries, then a second, slower round
/// ("redelivery" without the broker's delayed-exchange plugin, which Debian's rabbitmq-server lacks).
/// Only after both does MassTransit move the message to the queue's <c>_error</c> queue and publish
/// <see cref="Fault{T}"/>. Messages published by a consumer are held until it succeeds (in-memory outbox).
/// Errors that would fail every time (<see cref="ExtractionFailedException"/>, <see cref="ArgumentException"/>) skip
/// the retries and go straight to the <c>_error</c> queue.
/// </summary>
public static class ConsumerRetry
{
    public static void Apply(IReceiveEndpointConfigurator endpoint, IRegistrationContext context)
    {
        endpoint.UseMessageRetry(r =>
        {
            r.Ignore<ArgumentException>();
            r.Ignore<ExtractionFailedException>(); // deterministic: retrying the same input fails the same way
            r.Intervals(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(10));
        });
        endpoint.UseInMemoryOutbox(context);
    }
}

/// <summary>The definition every CapexRadar consumer uses: <see cref="ConsumerRetry"/> on its endpoint.</summary>
public sealed class RetryingConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context) =>
        ConsumerRetry.Apply(endpointConfigurator, context);
}
