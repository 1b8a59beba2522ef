namespace Byline.Notifications;

public static class NotificationsRegistration
{
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<NewsroomNotifications>();
        return builder;
    }
}
