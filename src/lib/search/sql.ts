/**
 * The SQL behind site search, kept as text so the bench can run the very same statement straight
 * through `pg` as its floor. Parameters: see SearchParams. Visibility mirrors the read rule for
 * visitors and members in collections/Content (published; public, or members-only for holders of
 * `content.view_member`); staff search the site as the site shows it, never drafts.
 */
export type SearchParams = {
  q: string
  /** Whether members-only items count (the caller holds `content.view_member`). */
  member: boolean
  type: null | string
  category: null | string
  year: null | number
  limit: number
  offset: number
}

/** Private-use characters: ts_headline marks hits with them, the caller escapes the text and turns them into <mark>. */
export const MARK_START = '\uE000'
export const MARK_END = '\uE001'

const marks = `StartSel=${MARK_START}, StopSel=${MARK_END}`
/** The source text without our markers, so stored text cannot forge a highlight. */
const unmarked = (expression: string) => `translate(${expression}, '${MARK_START}${MARK_END}', '')`

/**
 * One statement: the matches are found once, by a bitmap scan of the GIN index, then the page,
 * the total and the three facets are read from them. The ORDER BY is on the computed rank, so the
 * planner cannot walk another index in order testing each row (the "GIN + ORDER BY id LIMIT"
 * trap); the query is MATERIALIZED, as in SUGGEST_SQL, so no constant-folded estimate tips it
 * into a sequential scan. Each facet ignores its own filter, so a visitor sees how many results
 * picking another value would give.
 *
 * Rows match the stemmed query; the rank also counts the exact words (`simple`). A typed word is
 * stemmed exactly like the same word in a text, so exact words find nothing the stem does not,
 * but they lift an item that has the very word over one that only shares a mangled stem
 * (perempuan and empu both stem to 'empu'), and matching on the stem alone keeps `-banjir`
 * excluding "kebanjiran" too.
 */
export const SEARCH_SQL = `
WITH query AS MATERIALIZED (
  SELECT websearch_to_tsquery('indonesian', $1) AS stemmed,
         websearch_to_tsquery('indonesian', $1) || websearch_to_tsquery('simple', $1) AS q
),
matches AS (
  SELECT c.id, c.type::text AS type, c.category_id, c.published_at,
         extract(year FROM c.published_at)::int AS year,
         ts_rank(c.search_vector, query.q, 1) AS rank
    FROM content c, query
   WHERE c.search_vector @@ query.stemmed
     AND c.workflow_status = 'published'
     AND (c.visibility = 'public' OR $2::boolean)
),
picked AS (
  SELECT m.*,
         ($3::text IS NULL OR m.type = $3::text) AS type_ok,
         ($4::text IS NULL OR cat.slug = $4::text) AS category_ok,
         ($5::int IS NULL OR m.year = $5::int) AS year_ok
    FROM matches m LEFT JOIN categories cat ON cat.id = m.category_id
),
page AS (
  SELECT id, rank, published_at FROM picked
   WHERE type_ok AND category_ok AND year_ok
   ORDER BY rank DESC, published_at DESC NULLS LAST, id DESC
   LIMIT $6 OFFSET $7
)
SELECT
  (SELECT numnode(stemmed) FROM query) AS terms,
  (SELECT count(*)::int FROM picked WHERE type_ok AND category_ok AND year_ok) AS total,
  (SELECT coalesce(json_agg(json_build_object('value', type, 'count', n) ORDER BY n DESC, type), '[]')
     FROM (SELECT type, count(*)::int AS n FROM picked WHERE category_ok AND year_ok GROUP BY type) f) AS types,
  (SELECT coalesce(json_agg(json_build_object('id', cat.id, 'slug', cat.slug, 'name', cat.name, 'count', f.n) ORDER BY f.n DESC, cat.name), '[]')
     FROM (SELECT category_id, count(*)::int AS n FROM picked
            WHERE type_ok AND year_ok AND category_id IS NOT NULL GROUP BY category_id) f
     JOIN categories cat ON cat.id = f.category_id) AS categories,
  (SELECT coalesce(json_agg(json_build_object('value', year, 'count', n) ORDER BY year DESC), '[]')
     FROM (SELECT year, count(*)::int AS n FROM picked WHERE type_ok AND category_ok AND year IS NOT NULL GROUP BY year) f) AS years,
  (SELECT coalesce(json_agg(json_build_object(
            'id', c.id, 'title', c.title, 'slug', c.slug, 'type', c.type, 'publishedAt', c.published_at, 'rank', p.rank,
            'category', CASE WHEN cat.id IS NULL THEN NULL ELSE json_build_object('id', cat.id, 'slug', cat.slug, 'name', cat.name) END,
            'titleMarked', ts_headline('indonesian', ${unmarked('c.title')}, query.q, 'HighlightAll=true, ${marks}'),
            'snippetMarked', ts_headline('indonesian',
               ${unmarked(`concat_ws(' ', c.excerpt, content_body_text(c.body))`)}, query.q,
               'MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … ", ${marks}')
          ) ORDER BY p.rank DESC, p.published_at DESC NULLS LAST, p.id DESC), '[]')
     FROM page p JOIN content c ON c.id = p.id LEFT JOIN categories cat ON cat.id = c.category_id, query) AS results
`

export const searchValues = (params: SearchParams) => [
  params.q,
  params.member,
  params.type,
  params.category,
  params.year,
  params.limit,
  params.offset,
]

/**
 * Title suggestions: every typed word as a prefix of a title word (weight A), matched both as
 * typed (`simple`) and stemmed (`indonesian`), through the same GIN index as search. No trigram
 * extension needed, and a prefix anywhere in the title counts, which `ILIKE 'x%'` on a btree
 * cannot do. $1 is a tsquery text built from letters and digits only (see prefixQuery).
 * The query is MATERIALIZED so the planner does not fold it into a constant: its estimates for
 * short prefixes are far too high (a fifth of the table) and chose a sequential scan that tests
 * every row's vector, several times slower than the bitmap scan on 100,000 items.
 */
export const SUGGEST_SQL = `
WITH query AS MATERIALIZED (SELECT to_tsquery('simple', $1) || to_tsquery('indonesian', $1) AS q)
SELECT c.title, c.slug, c.type::text AS type
  FROM content c, query
 WHERE c.search_vector @@ query.q
   AND c.workflow_status = 'published'
   AND (c.visibility = 'public' OR $2::boolean)
 ORDER BY ts_rank(c.search_vector, query.q) DESC, c.published_at DESC NULLS LAST, c.id DESC
 LIMIT $3
`
