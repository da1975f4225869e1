import { sql, type Kysely } from 'kysely';

// Client work (SHL 1301/2014 §§ 36–43): the client record, contacts that start the statutory
// assessment clock, the service needs assessment, the named worker, the close-network mapping
// and requests to other authorities. Part B (plans, meetings, deadlines) reads these tables.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table client
      add column first_name text not null default '',
      add column last_name text not null default '',
      add column birth_date date,
      -- Finnish personal identity code: validated in the app, never a key, never in URLs or logs.
      add column henkilotunnus text,
      add column phone text,
      add column email text,
      add column street_address text,
      add column postal_code text,
      add column city text,
      add column preferred_language text not null default 'fi'
        check (preferred_language in ('fi', 'sv', 'en', 'other')),
      add column other_language text,
      add column interpreter_needed boolean not null default false,
      -- youth = the 18–24 service process (DOMAIN 3.8)
      add column client_group text not null default 'adult' check (client_group in ('adult', 'youth')),
      add column status text not null default 'active' check (status in ('active', 'ended')),
      add column ended_on date,
      add column end_reason text,
      add column created_by uuid references app_user(id),
      add column version integer not null default 1,
      add column updated_at timestamptz not null default now();
    create unique index client_henkilotunnus_uq on client(henkilotunnus) where henkilotunnus is not null;
    create index client_name_trgm_idx on client
      using gin ((lower(first_name || ' ' || last_name)) gin_trgm_ops);
    create index client_birth_idx on client(birth_date);

    -- Yhteydenotto / asian vireilletulo. assessment_required: the statutory start deadline applies.
    create table contact (
      id uuid primary key default gen_random_uuid(),
      client_id uuid not null references client(id),
      unit_id uuid not null references unit(id),
      contact_date date not null,
      channel text not null default 'phone'
        check (channel in ('phone', 'visit', 'letter', 'e-service', 'referral', 'other')),
      contacted_by text not null default 'client'
        check (contacted_by in ('client', 'close-person', 'partner', 'kela', 'benefit-handler', 'other')),
      reason text,
      assessment_required boolean not null default true,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now()
    );
    create index contact_client_idx on contact(client_id, contact_date);
    create index contact_unit_idx on contact(unit_id, contact_date);

    -- Organisation-configurable extra sections of the assessment (alkukartoitus areas).
    -- Without rows for an organisation the built-in defaults apply.
    create table assessment_section_definition (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisation(id),
      key text not null check (key ~ '^[a-z][a-z0-9-]{0,40}$'),
      title jsonb not null,
      help jsonb,
      position integer not null default 0,
      is_active boolean not null default true,
      unique (organisation_id, key)
    );

    -- Palvelutarpeen arviointi (SHL 36–37 §). The four statutory parts are real columns so that
    -- completion can be checked; organisation sections live in the sections jsonb (key -> text).
    create table assessment (
      id uuid primary key default gen_random_uuid(),
      client_id uuid not null references client(id),
      contact_id uuid references contact(id),
      status text not null default 'draft' check (status in ('draft', 'completed')),
      started_on date not null,
      completed_on date,
      completed_by uuid references app_user(id),
      -- 1. summary of the situation and the need for services and special support
      situation_summary text,
      -- 2. professional's conclusions on the conditions for being a client
      professional_conclusion text,
      -- 3. client's own view, or the recorded reason it could not be obtained
      client_view text,
      client_view_unavailable_reason text,
      -- 4. client's and professional's view of whether a named worker is needed
      named_worker_client_view text,
      named_worker_professional_view text,
      support_needed boolean,
      support_duration text check (support_duration in ('temporary', 'recurring', 'long-term')),
      special_support_needed boolean,
      special_support_reasons jsonb not null default '[]',
      special_support_details text,
      rights_information text,
      participants text,
      sections jsonb not null default '{}',
      created_by uuid references app_user(id),
      updated_by uuid references app_user(id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index assessment_client_idx on assessment(client_id, started_on);
    create index assessment_contact_idx on assessment(contact_id);

    -- Omatyöntekijä (SHL 42 §). The current assignment is the row with ended_on null; earlier rows
    -- are the change log.
    create table named_worker_assignment (
      id uuid primary key default gen_random_uuid(),
      client_id uuid not null references client(id),
      worker_id uuid references app_user(id),
      status text not null check (status in ('assigned', 'not-needed', 'other-responsible')),
      reason text,
      other_responsible text,
      assigned_on date not null,
      client_informed_on date,
      ended_on date,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now()
    );
    create unique index named_worker_current_uq on named_worker_assignment(client_id) where ended_on is null;
    create index named_worker_worker_idx on named_worker_assignment(worker_id) where ended_on is null;

    -- Läheisverkoston kartoitus (SHL 43 §): the legal basis is a consent or one of two exceptions.
    create table network_consent (
      id uuid primary key default gen_random_uuid(),
      client_id uuid not null references client(id),
      basis text not null check (basis in ('consent', 'exception-unable-to-care', 'exception-child-interest')),
      scope text,
      given_on date not null,
      given_by text,
      justification text,
      withdrawn_at date,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      check (basis <> 'consent' or given_by is not null),
      check (basis = 'consent' or justification is not null)
    );
    create index network_consent_client_idx on network_consent(client_id);

    create table network_person (
      id uuid primary key default gen_random_uuid(),
      client_id uuid not null references client(id),
      consent_id uuid not null references network_consent(id),
      name text not null,
      relationship text,
      contact_info text,
      support_role text,
      own_support_needs text,
      created_by uuid references app_user(id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index network_person_client_idx on network_person(client_id);

    -- SHL 41 §: request to another authority to take part -> answer -> contribution.
    create table authority_request (
      id uuid primary key default gen_random_uuid(),
      client_id uuid not null references client(id),
      unit_id uuid not null references unit(id),
      authority text not null,
      authority_kind text not null default 'other'
        check (authority_kind in ('health', 'employment', 'kela', 'housing', 'education', 'other')),
      purpose text not null default 'assessment' check (purpose in ('assessment', 'plan', 'other')),
      request_text text,
      shared_information text,
      sent_on date not null,
      due_date date not null,
      status text not null default 'sent' check (status in ('sent', 'answered', 'contributed', 'cancelled')),
      answered_on date,
      answer text,
      contribution text,
      created_by uuid references app_user(id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index authority_request_client_idx on authority_request(client_id);
    create index authority_request_open_idx on authority_request(unit_id, due_date) where status = 'sent';
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table if exists authority_request, network_person, network_consent, named_worker_assignment,
      assessment, assessment_section_definition, contact cascade;
    drop index if exists client_henkilotunnus_uq, client_name_trgm_idx, client_birth_idx;
    alter table client
      drop column first_name, drop column last_name, drop column birth_date, drop column henkilotunnus,
      drop column phone, drop column email, drop column street_address, drop column postal_code,
      drop column city, drop column preferred_language, drop column other_language,
      drop column interpreter_needed, drop column client_group, drop column status, drop column ended_on,
      drop column end_reason, drop column created_by, drop column version, drop column updated_at;
  `.execute(db);
}
