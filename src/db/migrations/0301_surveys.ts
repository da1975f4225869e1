import { sql, type Kysely } from 'kysely';

// Surveys (DOMAIN.md 4.1): a survey's questions live in one JSON definition (sections and items with
// texts in fi/sv/en); answers are one row per submission. Free text is kept in its own rows so it can
// be moderated. The "I would like to take part in development work" contact details are stored with
// no reference to any answer and no time, so they can never be linked back to what someone answered.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table survey (
      id uuid primary key default gen_random_uuid(),
      owner_unit_id uuid not null references unit(id),
      template text check (template in ('client-satisfaction')),
      title jsonb not null,
      intro jsonb not null,
      definition jsonb not null,
      status text not null default 'draft' check (status in ('draft', 'published', 'closed')),
      opens_on date,
      closes_on date,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1
    );
    create index survey_template_idx on survey(template, opens_on);

    create table survey_response (
      id uuid primary key default gen_random_uuid(),
      survey_id uuid not null references survey(id) on delete cascade,
      channel text not null check (channel in ('web', 'paper', 'kiosk')),
      -- The day only: enough for "same month each year", too coarse to pick out a person.
      answered_on date not null,
      answers jsonb not null,
      entered_by uuid references app_user(id)
    );
    create index survey_response_survey_idx on survey_response(survey_id);

    create table survey_free_text (
      id uuid primary key default gen_random_uuid(),
      survey_id uuid not null references survey(id) on delete cascade,
      response_id uuid not null references survey_response(id) on delete cascade,
      item_key text not null,
      text text not null check (length(text) <= 4000),
      moderation text not null default 'pending' check (moderation in ('pending', 'approved', 'redacted')),
      moderated_by uuid references app_user(id),
      version integer not null default 1
    );
    create index survey_free_text_survey_idx on survey_free_text(survey_id, moderation);

    -- Deliberately no response id and no timestamp: see the comment at the top.
    create table survey_contact (
      id uuid primary key default gen_random_uuid(),
      survey_id uuid not null references survey(id) on delete cascade,
      name text not null check (length(name) between 1 and 200),
      phone text check (length(phone) <= 50),
      email text check (length(email) <= 200),
      handled boolean not null default false
    );
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table if exists survey_contact;
    drop table if exists survey_free_text;
    drop table if exists survey_response;
    drop table if exists survey;
  `.execute(db);
}
