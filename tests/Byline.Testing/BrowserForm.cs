using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Xunit;

namespace Byline.Testing;

/// <summary>
/// A form read as a browser submits it: every named control of the form (and those outside it that name it with
/// <c>form=</c>), in page order, hidden fields and the antiforgery token included, ticked boxes and chosen radios only,
/// the selected options, the text areas' text; buttons, file pickers and disabled controls left out. Tests change
/// what a member would type or tick, then post it.
/// </summary>
public sealed class BrowserForm
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    private static readonly HtmlParser Parser = new();
    private readonly List<KeyValuePair<string, string>> _fields;

    private BrowserForm(string? action, List<KeyValuePair<string, string>> fields)
    {
        Action = action;
        _fields = fields;
    }

    /// <summary>The form's own <c>action</c> attribute, if it has one.</summary>
    public string? Action { get; }

    /// <summary>What the browser would send, in order; a name repeats for each ticked box that carries it.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    /// <summary>The first value sent under <paramref name="name"/>, or null when nothing is.</summary>
    public string? this[string name] => _fields.FirstOrDefault(f => f.Key == name).Value;

    /// <summary>Reads the form <paramref name="selector"/> finds in <paramref name="page"/>.</summary>
    public static BrowserForm Read(IParentNode page, string selector = "form")
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.QuerySelector(selector) as IHtmlFormElement;
        Assert.True(form is not null, $"the page has no form {selector}");
        var controls = form.Id is { Length: > 0 } id && form.Owner is { } document
            ? document.QuerySelectorAll($"#{id} [name], [form='{id}'][name]")
            : form.QuerySelectorAll("[name]");
        return new BrowserForm(form.GetAttribute("action"), controls.SelectMany(Sent).ToList());
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The antiforgery token of the (first) form in <paramref name="html"/>.</summary>
    public static string AntiforgeryToken(string html) => AntiforgeryToken(Parse(html));

    /// <summary>The antiforgery token of the (first) form on <paramref name="page"/>.</summary>
    public static string AntiforgeryToken(IParentNode page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var field = page.QuerySelector($"input[name={AntiforgeryField}]");
        Assert.True(field is not null, "the page has no antiforgery field");
        return field.GetAttribute("value") ?? "";
    }

    /// <summary>Types <paramref name="value"/> into <paramref name="name"/> (or ticks it alone), in place of what it held.</summary>
    public BrowserForm Set(string name, string value)
    {
        var at = _fields.FindIndex(f => f.Key == name);
        _fields.RemoveAll(f => f.Key == name);
        _fields.Insert(at < 0 ? _fields.Count : at, new(name, value));
        return this;
    }

    /// <summary>Unticks <paramref name="name"/>: nothing is sent under it.</summary>
    public BrowserForm Remove(string name)
    {
        _fields.RemoveAll(f => f.Key == name);
        return this;
    }

    /// <summary>Posts the form to <paramref name="path"/>, or else to its <see cref="Action"/>.</summary>
    public async Task<HttpResponseMessage> PostAsync(HttpClient client, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var target = path ?? Action;
        Assert.False(string.IsNullOrEmpty(target), "the form has no action: say where it posts");
        using var content = new FormUrlEncodedContent(_fields);
        return await client.PostAsync(new Uri(target, UriKind.RelativeOrAbsolute), content, TestContext.Current.CancellationToken);
    }

    private static IEnumerable<KeyValuePair<string, string>> Sent(IElement control)
    {
        var name = control.GetAttribute("name")!;
        if (control.HasAttribute("disabled"))
        {
            return [];
        }
        return control switch
        {
            IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false } => [],
            IHtmlInputElement { Type: "submit" or "button" or "reset" or "image" or "file" } => [],
            IHtmlInputElement input => [new(name, input.Value)],
            IHtmlTextAreaElement textArea => [new(name, textArea.Value)],
            IHtmlSelectElement select => Chosen(select).Select(o => new KeyValuePair<string, string>(name, o.Value)),
            _ => [],
        };
    }

    /// <summary>The selected options; a single choice with none marked sends its first, as browsers do.</summary>
    private static IEnumerable<IHtmlOptionElement> Chosen(IHtmlSelectElement select)
    {
        var selected = select.Options.Where(o => o.IsSelected).ToList();
        return selected.Count > 0 || select.IsMultiple ? selected : select.Options.Take(1);
    }
}
