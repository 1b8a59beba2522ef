using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Byline.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Trash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "TrashedAt",
                table: "MediaItems",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TrashedById",
                table: "MediaItems",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TrashedAt",
                table: "Articles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TrashedById",
                table: "Articles",
                type: "INTEGER",
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
