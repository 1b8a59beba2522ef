namespace Byline.Planning;

public static class PlanningRegistration
{
    public static WebApplicationBuilder AddPlanning(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<AssignmentRules>();
        builder.Services.AddScoped<AssignmentDesk>();
        builder.Services.AddScoped<StoryStart>();
        builder.Services.AddScoped<PlanReader>();
        return builder;
    }
}
