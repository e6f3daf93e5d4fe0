import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Full-text search on content (src/lib/search): a tsvector kept by the database itself, so a
 * save through any path (REST, Local API, SQL) is searchable at once and an unpublished item
 * leaves the results with the row. Title weighs A, excerpt B, body C. Each part is indexed twice:
 * with the snowball `indonesian` stemmer (pembangunan, membangun → bangun) and with `simple`
 * (exact lowercase words), because the stemmer mangles some words (perintah → intah, pemilu → pilu,
 * perempuan → empu) and cannot stem a typed prefix: search ranks exact words higher, suggestions
 * match typed prefixes of both (src/lib/search/sql.ts).
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "content" ADD COLUMN "search_vector" "tsvector";
  CREATE INDEX "content_search_vector_idx" ON "content" USING gin ("search_vector");`)
  await db.execute(sql`
  -- Every "text" value of a Lexical document (text nodes at any depth), in document order.
  CREATE FUNCTION content_body_text(body jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN coalesce((
      SELECT string_agg(value #>> '{}', ' ')
        FROM jsonb_path_query(body, 'strict $.**.text ? (@.type() == "string")') AS value
    ), '');

  CREATE FUNCTION content_search_vector(title text, excerpt text, body jsonb) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN setweight(to_tsvector('indonesian'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('indonesian'::regconfig, coalesce(excerpt, '')), 'B')
        || setweight(to_tsvector('indonesian'::regconfig, content_body_text(body)), 'C')
        || setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, coalesce(excerpt, '')), 'B')
        || setweight(to_tsvector('simple'::regconfig, content_body_text(body)), 'C');

  CREATE FUNCTION content_search_vector_update() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      NEW.search_vector := content_search_vector(NEW.title, NEW.excerpt, NEW.body);
      RETURN NEW;
    END
    $$;

  CREATE TRIGGER content_search_vector
    BEFORE INSERT OR UPDATE OF title, excerpt, body, search_vector ON content
    FOR EACH ROW EXECUTE FUNCTION content_search_vector_update();

  UPDATE content SET search_vector = content_search_vector(title, excerpt, body);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER content_search_vector ON content;
  DROP FUNCTION content_search_vector_update();
  DROP FUNCTION content_search_vector(text, text, jsonb);
  DROP FUNCTION content_body_text(jsonb);`)
  await db.execute(sql`
   DROP INDEX "content_search_vector_idx";
  ALTER TABLE "content" DROP COLUMN "search_vector";`)
}
