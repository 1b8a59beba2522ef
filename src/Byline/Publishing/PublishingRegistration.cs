using Byline.Publishing.Presence;

namespace Byline.Publishing;

public static class PublishingRegistration
{
    public static WebApplicationBuilder AddPublishing(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<ArticlePublisher>();
        builder.Services.AddScoped<RelatedStories>();
        builder.Services.AddScoped<StoryEndReader>();
        builder.Services.AddScoped<StaticPageEditor>();
        builder.Services.AddScoped<StagedStoryRemoval>();
        builder.Services.AddScoped<StoryDeletion>();
        builder.Services.AddScoped<StoryTrash>();
        builder.Services.AddScoped<TrashPurge>();
        builder.Services.AddScoped<MediaDeletion>();
        builder.Services.AddScoped<StoryBodyRenderer>();
        builder.Services.AddScoped<ArticleEditor>();
        builder.Services.AddScoped<StoryPreview>();
        builder.Services.AddScoped<PreviewLinks>();
        builder.Services.AddScoped<CorrectionDesk>();
        builder.Services.AddScoped<StoryNotes>();
        builder.Services.AddScoped<PendingCopies>();
        builder.Services.AddHostedService<ScheduledPublisher>();
        builder.AddPresence();
        builder.Services.AddHostedService<TrashPurger>();
        return builder;
    }
}
