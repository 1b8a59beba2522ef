using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace Byline.Accounts;

public static class AccountsRegistration
{
    public const string CookieName = "byline.newsroom";
    public const string CookiePath = "/newsroom";

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        builder.Services.AddIdentityCore<StaffUser>(options =>
            {
                // Length over composition rules (NIST SP 800-63B): 12 characters, any characters.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                // Wrong second-step codes lock the account; wrong passwords pause one address only (see SignInPauses).
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddSignInManager()
            .AddEntityFrameworkStores<Storage.BylineDb>()
            .AddDefaultTokenProviders();

        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.Path = CookiePath;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/newsroom/sign-in";
            cookie.LogoutPath = "/newsroom/sign-out";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            cookie.SlidingExpiration = true;
            // A member without the right role gets a 403 page, not a redirect.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme })
        {
            builder.Services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(scheme, cookie =>
            {
                cookie.Cookie.Path = CookiePath;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            });
        }
        builder.Services.AddAuthorization(NewsroomPolicies.Add);
        builder.Services.AddSingleton<FirstAdminSetup>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<NewsroomMembers>();
        builder.Services.AddScoped<Invitations>();
        builder.Services.AddScoped<MemberAdministration>();
        builder.Services.AddScoped<PasswordResets>();
        builder.Services.AddScoped<StaffSignIn>();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<SignInPauses>();
        builder.Services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddRateLimiter(SignInRateLimits.Add);
        builder.Services.PostConfigure<RateLimiterOptions>(SignInRateLimits.AnswerRefusals);
        return builder;
    }
}
