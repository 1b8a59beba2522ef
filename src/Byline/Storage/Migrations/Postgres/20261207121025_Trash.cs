using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Byline.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Trash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "TrashedAt",
                table: "MediaItems",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TrashedById",
                table: "MediaItems",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "TrashedAt",
                table: "Articles",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TrashedById",
                table: "Articles",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediaItems_TrashedAt",
                table: "MediaItems",
                column: "TrashedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_TrashedAt",
                table: "Articles",
                column: "TrashedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MediaItems_TrashedAt",
                table: "MediaItems");

            migrationBuilder.DropIndex(
                name: "IX_Articles_TrashedAt",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "TrashedAt",
                table: "MediaItems");

            migrationBuilder.DropColumn(
                name: "TrashedById",
                table: "MediaItems");

            migrationBuilder.DropColumn(
                name: "TrashedAt",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "TrashedById",
                table: "Articles");
        }
    }
}
