using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Byline.Storage.Migrations.Postgres
{
    /// <summary>
    /// The full-text index of published stories (see Search/PostgresArticleSearch): a weighted tsvector per story under a
    /// GIN index, made with the byline_search configuration, which is 'simple' (no stemming, no stop words) behind unaccent
    /// (trusted since PostgreSQL 13, so a database owner may create it). Not part of the EF model: the index is written with
    /// SQL by the search code, in the same transaction as the change it follows. DatabaseMigrator fills it for stories
    /// published before this migration.
    /// </summary>
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql("""
                CREATE TEXT SEARCH CONFIGURATION byline_search (COPY = pg_catalog.simple);
                ALTER TEXT SEARCH CONFIGURATION byline_search
                    ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart
                    WITH unaccent, simple;
                """);
            migrationBuilder.Sql("""
                CREATE TABLE article_search (
                    article_id integer PRIMARY KEY REFERENCES "Articles" ("Id") ON DELETE CASCADE,
                    section_id integer NOT NULL,
                    published_at timestamp with time zone NOT NULL,
                    document tsvector NOT NULL);
                CREATE INDEX ix_article_search_document ON article_search USING gin (document);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS article_search;");
            migrationBuilder.Sql("DROP TEXT SEARCH CONFIGURATION IF EXISTS byline_search;");
        }
    }
}
