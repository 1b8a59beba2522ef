using Microsoft.OpenApi;

namespace Byline.ContentApi;

public static class ContentApiRegistration
{
    /// <summary>The document that describes the API at <c>/api/v1/openapi.json</c>, made from the endpoints themselves.</summary>
    public const string DocumentPath = ContentApiEndpoints.Prefix + "/openapi.json";

    public static WebApplicationBuilder AddContentApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOpenApi(ContentApiEndpoints.DocumentName, options =>
        {
            // The site's own JSON endpoints (health, comment tokens) are not the API's.
            options.ShouldInclude = description =>
                description.RelativePath?.StartsWith(ContentApiEndpoints.Prefix.TrimStart('/') + "/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Byline Content API",
                    Version = "v1",
                    Description = "The published site as JSON: stories (listed newest first, or one whole) and their comments, search, the site, its sections, tags and authors. " +
                        "Every refusal is an RFC 7807 problem document (application/problem+json).",
                };
                // Each site serves the document from its own address: a fixed server list would name the wrong one.
                document.Servers = [];
                return Task.CompletedTask;
            });
        });
        return builder;
    }
}
