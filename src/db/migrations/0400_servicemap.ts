import { sql, type Kysely } from 'kysely';

// Service map (palvelukartta, DOMAIN.md section 5). Texts are jsonb {fi, sv, en}; search uses a
// denormalised lower-case `search_text` (all languages, labels, places) with Finnish and Swedish
// stemming plus trigram matching, because stemming does not split compounds ("päihde" must find
// "päihdepalvelut").
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create extension if not exists pg_trgm;

    -- Life-situation categories (virtual youth house) and themes; organisation_id null = shared.
    create table service_taxonomy (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid references organisation(id),
      kind text not null check (kind in ('category', 'theme')),
      code text not null check (code ~ '^[a-z0-9-]{1,60}$'),
      label jsonb not null,
      sort integer not null default 0,
      unique (kind, code)
    );

    create table service (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisation(id),
      name jsonb not null,
      short_description jsonb not null default '{}',
      description jsonb not null default '{}',
      categories text[] not null default '{}',
      themes text[] not null default '{}',
      target_group jsonb not null default '{}',
      age_min integer check (age_min between 0 and 130),
      age_max integer check (age_max between 0 and 130),
      provider_name text not null,
      provider_type text not null check (provider_type in ('public', 'ngo', 'parish', 'company')),
      referral_required boolean not null default false,
      free_of_charge boolean not null default true,
      how_to_access jsonb not null default '{}',
      languages text[] not null default '{fi}',
      accessibility jsonb not null default '{}',
      phone text,
      email text,
      homepage text,
      internal_notes text,
      professional_contact text,
      status text not null default 'draft' check (status in ('draft', 'published', 'retired')),
      last_verified_on date,
      verified_by uuid references app_user(id),
      verified_by_name text,
      municipalities text[] not null default '{}',
      search_text text not null default '',
      search_fi tsvector generated always as (to_tsvector('finnish', search_text)) stored,
      search_sv tsvector generated always as (to_tsvector('swedish', search_text)) stored,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (age_min is null or age_max is null or age_min <= age_max)
    );
    create index service_status_idx on service(status);
    create index service_search_fi_idx on service using gin(search_fi);
    create index service_search_sv_idx on service using gin(search_sv);
    create index service_search_trgm_idx on service using gin(search_text gin_trgm_ops);
    create index service_categories_idx on service using gin(categories);
    create index service_themes_idx on service using gin(themes);
    create index service_municipalities_idx on service using gin(municipalities);

    create table service_location (
      id uuid primary key default gen_random_uuid(),
      service_id uuid not null references service(id) on delete cascade,
      name jsonb not null default '{}',
      street_address text not null,
      postal_code text not null default '',
      municipality text not null,
      latitude double precision check (latitude between -90 and 90),
      longitude double precision check (longitude between -180 and 180),
      transport_note jsonb not null default '{}',
      sort integer not null default 0
    );
    create index service_location_service_idx on service_location(service_id);

    -- Weekly opening hours in Finnish local time; 24 h = 00:00–24:00. ISO weekday 1 = Monday.
    create table service_opening_hours (
      id uuid primary key default gen_random_uuid(),
      location_id uuid not null references service_location(id) on delete cascade,
      weekday smallint not null check (weekday between 1 and 7),
      opens time not null,
      closes time not null,
      check (closes > opens)
    );
    create index service_opening_hours_location_idx on service_opening_hours(location_id, weekday);

    -- Every change, with who and when: a full snapshot per version.
    create table service_version (
      id bigint generated always as identity primary key,
      service_id uuid not null references service(id) on delete cascade,
      version integer not null,
      change text not null,
      snapshot jsonb not null,
      changed_by uuid references app_user(id),
      changed_by_name text,
      changed_at timestamptz not null default now(),
      unique (service_id, version)
    );

    -- Suggestions from anyone; not public. The suggester's email is erased when handled.
    create table service_suggestion (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('new', 'correction')),
      service_id uuid references service(id) on delete set null,
      name text not null,
      description text not null default '',
      street_address text not null default '',
      municipality text not null default '',
      contact text not null default '',
      homepage text not null default '',
      message text not null default '',
      email text,
      lang text not null default 'fi' check (lang in ('fi', 'sv', 'en')),
      status text not null default 'pending' check (status in ('pending', 'approved', 'rejected')),
      handled_by uuid references app_user(id),
      handled_at timestamptz,
      handler_note text,
      result_service_id uuid references service(id) on delete set null,
      created_at timestamptz not null default now()
    );
    create index service_suggestion_status_idx on service_suggestion(status, created_at);

    -- Themed maps: a saved selection with its own public URL and embed page.
    create table service_theme_map (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisation(id),
      slug text not null unique check (slug ~ '^[a-z0-9-]{2,60}$'),
      title jsonb not null,
      description jsonb not null default '{}',
      themes text[] not null default '{}',
      categories text[] not null default '{}',
      municipalities text[] not null default '{}',
      service_ids uuid[] not null default '{}',
      embed_origins text[] not null default '{}',
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    -- Default life-situation categories (the virtual youth house) and themes of the reports.
    insert into service_taxonomy (kind, code, label, sort) values
      ('category', 'opiskelu', '{"fi": "Opiskelu", "sv": "Studier", "en": "Studying"}', 1),
      ('category', 'vapaa-aika', '{"fi": "Vapaa-aika", "sv": "Fritid", "en": "Leisure"}', 2),
      ('category', 'terveys', '{"fi": "Terveys", "sv": "Hälsa", "en": "Health"}', 3),
      ('category', 'sosiaalinen-tuki', '{"fi": "Sosiaalinen tuki", "sv": "Socialt stöd", "en": "Social support"}', 4),
      ('category', 'tyo-ja-toimeentulo', '{"fi": "Työ ja toimeentulo", "sv": "Arbete och utkomst", "en": "Work and income"}', 5),
      ('theme', 'paihteet', '{"fi": "Päihteet", "sv": "Missbruk", "en": "Substance abuse"}', 1),
      ('theme', 'mielenterveys', '{"fi": "Mielenterveys", "sv": "Psykisk hälsa", "en": "Mental health"}', 2),
      ('theme', 'pitkaaikaistyottomat', '{"fi": "Pitkäaikaistyöttömät", "sv": "Långtidsarbetslösa", "en": "Long-term unemployed"}', 3),
      ('theme', 'nuoret', '{"fi": "Nuoret", "sv": "Unga", "en": "Youth"}', 4),
      ('theme', 'asuminen', '{"fi": "Asuminen", "sv": "Boende", "en": "Housing"}', 5),
      ('theme', 'talous', '{"fi": "Talous ja velat", "sv": "Ekonomi och skulder", "en": "Money and debt"}', 6);

    create table servicemap_setting (
      organisation_id uuid primary key references organisation(id),
      stale_months integer not null default 12 check (stale_months between 1 and 60),
      version integer not null default 1
    );
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table if exists servicemap_setting, service_theme_map, service_suggestion, service_version,
      service_opening_hours, service_location, service, service_taxonomy cascade;
  `.execute(db);
}
