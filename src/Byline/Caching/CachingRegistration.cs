namespace Byline.Caching;

public static class CachingRegistration
{
    private static readonly TimeSpan PageLifetime = TimeSpan.FromHours(1);

    public static WebApplicationBuilder AddCaching(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOutputCache(options =>
        {
            // Unknown query strings must not mint new cache entries: each policy names the keys that vary a page.
            options.AddPolicy(CachePolicies.ReaderPage, policy => policy
                .Expire(PageLifetime).SetVaryByQuery("page").Tag(CacheTags.Navigation));
            options.AddPolicy(CachePolicies.ArticlePage, policy => policy
                .Expire(PageLifetime).SetVaryByQuery("comment", "cpage", "corder", "replyto").Tag(CacheTags.Navigation)
                .AddPolicy<CommenterCookieBypass>());
            options.AddPolicy(CachePolicies.Search, policy => policy
                .Expire(TimeSpan.FromMinutes(2)).SetVaryByQuery("q", "page").Tag(CacheTags.Navigation));
            options.AddPolicy(CachePolicies.Machine, policy => policy
                .Expire(PageLifetime).SetVaryByQuery([]));
        });
        builder.Services.AddScoped<PublicCache>();
        return builder;
    }
}
