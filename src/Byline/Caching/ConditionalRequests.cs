namespace Byline.Caching;

/// <summary>
/// Answers 304 Not Modified when a GET's <c>If-None-Match</c> names the response's ETag, whether the response was just
/// made or came from the output cache (which replays the stored ETag but does not itself answer conditional requests).
/// The decision is taken when the headers go out; the body is then dropped unsent.
/// </summary>
public static class ConditionalRequests
{
    public static IApplicationBuilder UseConditionalRequests(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var ifNoneMatch = context.Request.Headers.IfNoneMatch;
            if (ifNoneMatch.Count == 0 || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
            {
                await next(context);
                return;
            }

            var original = context.Response.Body;
            var gate = new NotModifiedGate(context, original);
            context.Response.OnStarting(() =>
            {
                var response = context.Response;
                var etag = response.Headers.ETag.ToString();
                if (response.StatusCode == StatusCodes.Status200OK && etag.Length > 0 && Matches(ifNoneMatch, etag))
                {
                    response.StatusCode = StatusCodes.Status304NotModified;
                    response.ContentLength = null;
                    response.Headers.ContentType = default;
                    gate.Discard = true;
                }
                return Task.CompletedTask;
            });
            context.Response.Body = gate;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = original;
            }
        });

    public static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag) =>
        ifNoneMatch.Any(header => header is not null && header.Split(',').Any(candidate => candidate.Trim() is var c && (c == etag || c == "*")));

    /// <summary>Passes the body through, unless the response turned into a 304 when its headers started.</summary>
    private sealed class NotModifiedGate(HttpContext context, Stream inner) : Stream
    {
        public bool Discard { get; set; }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!context.Response.HasStarted)
            {
                await context.Response.StartAsync(cancellationToken);
            }
            if (!Discard)
            {
                await inner.WriteAsync(buffer, cancellationToken);
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count) =>
            WriteAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            if (!context.Response.HasStarted)
            {
                await context.Response.StartAsync(cancellationToken);
            }
            if (!Discard)
            {
                await inner.FlushAsync(cancellationToken);
            }
        }

        public override void Flush() => FlushAsync(CancellationToken.None).GetAwaiter().GetResult();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
