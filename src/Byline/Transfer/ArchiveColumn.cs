using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Byline.Transfer;

/// <summary>
/// One mapped property of a kind, as it appears in the archive: its camelCase name and its model (CLR) value, so the
/// same archive reads back into either engine whatever each stores underneath (ticks on SQLite, timestamptz on PostgreSQL).
/// </summary>
internal sealed class ArchiveColumn
{
    private readonly IClrPropertyGetter _getter;

    public ArchiveColumn(IProperty property)
    {
        if (property.IsShadowProperty() && !property.IsIndexerProperty())
        {
            throw new InvalidOperationException($"{property.DeclaringType.DisplayName()}.{property.Name} is a shadow property; the archive cannot carry it.");
        }
        Property = property;
        JsonName = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
        _getter = property.GetGetter();
    }

    public IProperty Property { get; }

    public string JsonName { get; }

    public object? Get(object entity) => _getter.GetClrValueUsingContainingEntity(entity);

    public void Write(Utf8JsonWriter writer, object entity)
    {
        writer.WritePropertyName(JsonName);
        JsonSerializer.Serialize(writer, Get(entity), Property.ClrType, SiteArchive.Json);
    }

    /// <summary>Reads the value from the archive and sets it; the error says what is wrong with the value, or null when it is set.</summary>
    public string? TryRead(JsonElement value, object entity)
    {
        object? clrValue;
        try
        {
            clrValue = value.Deserialize(Property.ClrType, SiteArchive.Json);
        }
        catch (JsonException)
        {
            return $"{Describe(value)} is not a valid {Expected()}";
        }
        catch (NotSupportedException)
        {
            return $"{Describe(value)} is not a valid {Expected()}";
        }
        if (clrValue is null && !Property.IsNullable)
        {
            return "must not be null";
        }
        if (clrValue is string text && Property.GetMaxLength() is { } maxLength && text.Length > maxLength)
        {
            return $"is {text.Length} characters long, more than the {maxLength} it may have";
        }
        if (clrValue is DateTimeOffset { Offset.Ticks: not 0 } local)
        {
            // Byline stores every time in UTC (and PostgreSQL accepts nothing else): a hand-edited offset is converted.
            clrValue = local.ToUniversalTime();
        }

        if (Property.IsIndexerProperty())
        {
            ((IDictionary<string, object>)entity)[Property.Name] = clrValue!;
        }
        else if (Property.PropertyInfo is { } propertyInfo)
        {
            propertyInfo.SetValue(entity, clrValue);
        }
        else
        {
            Property.FieldInfo!.SetValue(entity, clrValue);
        }
        return null;
    }

    private string Expected()
    {
        var type = Nullable.GetUnderlyingType(Property.ClrType) ?? Property.ClrType;
        return type.IsEnum ? $"{type.Name} ({string.Join(", ", Enum.GetNames(type))})" : type.Name;
    }

    private static string Describe(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.Length <= 40 ? raw : raw[..40] + "…";
    }
}
