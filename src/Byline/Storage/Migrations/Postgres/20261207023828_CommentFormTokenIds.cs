using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Byline.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CommentFormTokenIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "FormTokenId",
                table: "Comments",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Comments_FormTokenId",
                table: "Comments",
                column: "FormTokenId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Comments_FormTokenId",
                table: "Comments");

            migrationBuilder.DropColumn(
                name: "FormTokenId",
                table: "Comments");
        }
    }
}
