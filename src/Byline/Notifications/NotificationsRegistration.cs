namespace Byline.Notifications;

public static class NotificationsRegistration
{
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<NewsroomNotifications>();
        builder.Services.AddScoped<StoryNotifications>();
        builder.Services.AddScoped<NotificationInbox>();
        builder.Services.AddScoped<NotificationPreferences>();
        builder.Services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => !o.CanSend || !string.IsNullOrWhiteSpace(o.FromAddress), "Byline:Email:FromAddress is needed once Byline:Email:Host is set.")
            .ValidateOnStart();
        builder.Services.AddSingleton<SmtpMailer>();
        builder.Services.AddScoped<NotificationOutbox>();
        builder.Services.AddHostedService<NotificationOutboxWorker>();
        return builder;
    }
}
