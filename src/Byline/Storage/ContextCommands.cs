using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Byline.Storage;

/// <summary>Raw, parameterised commands on a context's own connection, for bulk writes that skip the change tracker.</summary>
internal static class ContextCommands
{
    /// <summary>A command enlisted in the context's current transaction.</summary>
    public static DbCommand Command(this BylineDb db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    /// <summary>Adds the parameter <paramref name="name"/>, to be given a value before each execution (or now).</summary>
    public static DbParameter Parameter(this DbCommand command, string name, object? value = null)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
