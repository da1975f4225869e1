import { sql, type Kysely } from 'kysely';

// Faster service search. One trigram-indexed column holds the searchable text together with its
// Finnish and Swedish stems (lexemes), so every word of a query is a few `like '%…%'` patterns on
// one GIN index: the word itself (compounds: "päihde" in "päihdeklinikka") and its stems
// ("nuorisotilat" → "nuorisotil"). The old per-row `@@` prefix match made the planner scan the
// whole table. Sorting uses stored names per language instead of jsonb lookups per row.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table service
      add column search_words text generated always as (
        search_text || ' ' || strip(to_tsvector('finnish', search_text))::text || ' ' || strip(to_tsvector('swedish', search_text))::text
      ) stored,
      add column sort_fi text generated always as (coalesce(name->>'fi', '')) stored,
      add column sort_sv text generated always as (coalesce(nullif(name->>'sv', ''), name->>'fi', '')) stored,
      add column sort_en text generated always as (coalesce(nullif(name->>'en', ''), name->>'fi', '')) stored;
    create index service_search_words_trgm_idx on service using gin (search_words gin_trgm_ops);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop index if exists service_search_words_trgm_idx;
    alter table service drop column if exists search_words, drop column if exists sort_fi, drop column if exists sort_sv, drop column if exists sort_en;
  `.execute(db);
}
