namespace Byline.Taxonomy;

public static class TaxonomyRegistration
{
    public static WebApplicationBuilder AddTaxonomy(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<MovedPaths>();
        builder.Services.AddSingleton<SectionRules>();
        builder.Services.AddScoped<SectionCatalog>();
        builder.Services.AddScoped<TagCatalog>();
        return builder;
    }
}
