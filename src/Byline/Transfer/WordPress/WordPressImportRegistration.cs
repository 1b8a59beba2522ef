namespace Byline.Transfer.WordPress;

public static class WordPressImportRegistration
{
    public static WebApplicationBuilder AddWordPressImport(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<WordPressUploadOptions>().BindConfiguration(WordPressUploadOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<WordPressImportJobs>();
        builder.Services.AddScoped<WordPressImportLeftovers>();
        builder.Services.AddHostedService<WordPressImportRecovery>();
        return builder;
    }
}
