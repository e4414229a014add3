using System.Buffers;
using System.Text;
using System.Threading.Channels;
using CapexRadar.Analysis;
using CapexRadar.Protos;

namespace CapexRadar.Cli.Commands;

/// <summary>
/// Reader → N analysers → ordered writer. The reader hands each announcement (a JSON line not yet parsed) to the
/// workers and, in the same order, to the writer's queue; a worker parses, normalises, analyses and serialises it
/// (<see cref="AnalysisJson"/>) into bytes; the writer waits for each result in input order and writes it. The
/// writer's queue is bounded (<see cref="JobsPerWorker"/> per worker), and a job enters the workers' queue only
/// after entering the writer's, so at most that many announcements and their results are held at once however
/// large the input. A failed line (bad JSON, bad timestamp) fails the run when the writer reaches it, so the
/// error and the lines written before it are the same as with one thread.
/// </summary>
internal static class ExtractPipeline
{
    /// <summary>
    /// In-flight announcements per worker: enough that a long story does not starve the other workers while the
    /// writer waits for it, few enough that memory stays a few megabytes.
    /// </summary>
    private const int JobsPerWorker = 16;

    private static readonly byte[] NewLine = Encoding.UTF8.GetBytes(Environment.NewLine);

    public static async Task<int> RunAsync(IEnumerable<PendingInput> inputs, AnnouncementAnalyzer analyzer, Stream output, int workers, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        var inOrder = Channel.CreateBounded<Job>(new BoundedChannelOptions(workers * JobsPerWorker) { SingleReader = true, SingleWriter = true });
        // Unbounded, yet never longer than inOrder's capacity + 1: a job is queued here only after inOrder took it.
        var toAnalyse = Channel.CreateUnbounded<Job>(new UnboundedChannelOptions { SingleWriter = true });

        var reader = Task.Run(async () =>
        {
            try
            {
                var ordinal = 0;
                foreach (var input in inputs)
                {
                    var job = new Job(input, ++ordinal);
                    await inOrder.Writer.WriteAsync(job, token);
                    toAnalyse.Writer.TryWrite(job);
                }
                inOrder.Writer.TryComplete();
            }
            catch (Exception ex) { inOrder.Writer.TryComplete(ex); }
            finally { toAnalyse.Writer.TryComplete(); }
        }, token);

        var analysers = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            var buffer = new ArrayBufferWriter<byte>(1 << 16);
            var clock = ExtractProfile.Current?.NewClock();
            while (await toAnalyse.Reader.WaitToReadAsync(token))
            {
                while (toAnalyse.Reader.TryRead(out var job))
                {
                    try
                    {
                        buffer.ResetWrittenCount();
                        Analyse(analyzer, job, buffer, clock);
                        // a pooled copy: the writer returns it once written (no new array per announcement)
                        var bytes = ArrayPool<byte>.Shared.Rent(buffer.WrittenCount);
                        buffer.WrittenSpan.CopyTo(bytes);
                        job.Result.SetResult((bytes, buffer.WrittenCount));
                    }
                    catch (Exception ex) { job.Result.SetException(ex); }
                }
            }
        }, token)).ToArray();

        var count = 0;
        try
        {
            await foreach (var job in inOrder.Reader.ReadAllAsync(token))
            {
                var (bytes, length) = await job.Result.Task;
                output.Write(bytes, 0, length);
                ArrayPool<byte>.Shared.Return(bytes);
                count++;
            }
            await output.FlushAsync(token);
        }
        finally
        {
            stop.Cancel(); // on a failure: the reader and the analysers stop instead of waiting for room
            try { await Task.WhenAll([reader, .. analysers]); } catch (OperationCanceledException) { }
        }
        return count;
    }

    private static void Analyse(AnnouncementAnalyzer analyzer, Job job, ArrayBufferWriter<byte> buffer, ExtractProfile.Clock? clock)
    {
        clock?.Start();
        var request = job.Input.Parse();
        var publishedAt = request.PublishedAt?.ToDateTimeOffset();
        clock?.Parsed();
        var (_, result) = analyzer.AnalyzeRaw(request.Body, publishedAt, clock);
        var id = string.IsNullOrEmpty(request.AnnouncementId) ? $"line-{job.Ordinal}" : request.AnnouncementId;
        AnalysisJson.Write(result.ToProto(id, request.Title, publishedAt, ""), buffer);
        buffer.Write(NewLine);
        clock?.Written();
    }

    private sealed class Job(PendingInput input, int ordinal)
    {
        public PendingInput Input { get; } = input;
        public int Ordinal { get; } = ordinal;
        /// <summary>The announcement's JSON line: a rented array and the length used.</summary>
        public TaskCompletionSource<(byte[] Bytes, int Length)> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
