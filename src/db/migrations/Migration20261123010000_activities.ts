import { Migration } from '@mikro-orm/migrations';

/**
 * Commerces, operators, routes and activities with their attributes and status events.
 * `reten_fold` lower-cases and strips accents for case- and accent-insensitive search; unaccent() is
 * only STABLE, and pinning its dictionary is what makes the wrapper safe to index as IMMUTABLE.
 */
export class Migration20261123010000_activities extends Migration {
  override up(): void {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create extension if not exists unaccent;`);
    this.addSql(
      `create or replace function reten_fold(value text) returns text language sql immutable parallel safe strict as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;`,
    );
    this.addSql(
      `create table "route" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "name" varchar(300) not null, "external_id" varchar(200) null, "description" text null, "is_active" boolean not null default true, "metadata" jsonb not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "route" add constraint "route_tenant_external_id_unique" unique ("tenant_id", "external_id");`,
    );
    this.addSql(
      `create table "operator" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "type" text not null, "external_id" varchar(200) null, "name" varchar(300) not null, "email" varchar(320) null, "phone" varchar(50) null, "is_active" boolean not null default true, "is_placeholder" boolean not null default false, "metadata" jsonb not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "operator" add constraint "operator_tenant_type_external_id_unique" unique ("tenant_id", "type", "external_id");`,
    );
    this.addSql(`alter table "operator" add constraint "operator_tenant_email_unique" unique ("tenant_id", "email");`);
    this.addSql(
      `alter table "operator" add constraint "operator_type_check" check ("type" in ('SALESMAN', 'ACTIVATOR', 'CALLCENTER'));`,
    );
    this.addSql(
      `create table "route_operator" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "route_id" uuid not null, "operator_id" uuid not null, "role" text not null default 'MEMBER', "is_active" boolean not null default true, primary key ("id"));`,
    );
    this.addSql(
      `alter table "route_operator" add constraint "route_operator_tenant_route_operator_unique" unique ("tenant_id", "route_id", "operator_id");`,
    );
    this.addSql(
      `alter table "route_operator" add constraint "route_operator_role_check" check ("role" in ('LEAD', 'MEMBER'));`,
    );
    this.addSql(
      `create table "commerce" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "external_id" varchar(200) not null, "global_external_id" varchar(200) null, "name" varchar(300) not null, "tax_id" varchar(50) null, "is_active" boolean not null default true, "is_placeholder" boolean not null default false, "metadata" jsonb not null, primary key ("id"));`,
    );
    this.addSql(`create index "commerce_tenant_name_index" on "commerce" ("tenant_id", "name", "id");`);
    this.addSql(
      `create index "commerce_search_trgm_index" on "commerce" using gin (reten_fold("name" || ' ' || "external_id") gin_trgm_ops);`,
    );
    this.addSql(
      `alter table "commerce" add constraint "commerce_tenant_external_id_unique" unique ("tenant_id", "external_id");`,
    );
    this.addSql(
      `alter table "commerce" add constraint "commerce_tenant_tax_id_unique" unique ("tenant_id", "tax_id");`,
    );
    this.addSql(
      `create table "commerce_user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "commerce_id" uuid not null, "external_id" varchar(200) null, "first_name" varchar(200) not null, "last_name" varchar(200) null, "roles" text[] not null, "source" text not null default 'RETEN', "is_active" boolean not null default true, primary key ("id"));`,
    );
    this.addSql(
      `alter table "commerce_user" add constraint "commerce_user_tenant_commerce_external_id_unique" unique ("tenant_id", "commerce_id", "external_id");`,
    );
    this.addSql(
      `alter table "commerce_user" add constraint "commerce_user_source_check" check ("source" in ('RETEN', 'INTEGRATION'));`,
    );
    this.addSql(
      `create table "commerce_contact" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "commerce_user_id" uuid not null, "type" text not null, "value" varchar(320) not null, "is_primary" boolean not null default false, "source" text not null default 'RETEN', "is_active" boolean not null default true, primary key ("id"));`,
    );
    this.addSql(
      `create index "commerce_contact_tenant_user_index" on "commerce_contact" ("tenant_id", "commerce_user_id");`,
    );
    this.addSql(
      `alter table "commerce_contact" add constraint "commerce_contact_type_check" check ("type" in ('EMAIL', 'PHONE', 'WHATSAPP', 'OTHER'));`,
    );
    this.addSql(
      `alter table "commerce_contact" add constraint "commerce_contact_source_check" check ("source" in ('RETEN', 'INTEGRATION'));`,
    );
    this.addSql(
      `create table "commerce_address" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "commerce_id" uuid not null, "address_alias" varchar(200) null, "is_primary" boolean not null default false, "country_code" varchar(2) null, "region" varchar(200) null, "commune" varchar(200) null, "city" varchar(200) null, "street" varchar(300) null, "street_number" varchar(50) null, "unit" varchar(50) null, "formatted_address" varchar(500) null, "latitude" double precision null, "longitude" double precision null, "source_ref" varchar(200) null, "source" text not null default 'RETEN', "is_active" boolean not null default true, primary key ("id"));`,
    );
    this.addSql(
      `create index "commerce_address_tenant_commerce_index" on "commerce_address" ("tenant_id", "commerce_id");`,
    );
    this.addSql(
      `alter table "commerce_address" add constraint "commerce_address_source_check" check ("source" in ('RETEN', 'INTEGRATION'));`,
    );
    this.addSql(
      `create table "activity" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "type" text not null, "channel" text not null, "status" text not null, "reason" varchar(500) not null, "idempotency_key" varchar(255) not null, "scheduled_at" timestamptz not null, "suggested_execution_time" timestamptz null, "user_status" varchar(100) null, "score" int null, "commerce_id" uuid not null, "assignment_reason" varchar(500) null, "assigned_route_id" uuid null, "assigned_operator_id" uuid null, "target_criteria" jsonb null, "provider_activity_id" varchar(200) null, "dispatch_attempt_count" int not null default 0, primary key ("id"));`,
    );
    this.addSql(`create index "activity_tenant_scheduled_index" on "activity" ("tenant_id", "scheduled_at", "id");`);
    this.addSql(
      `create index "activity_tenant_status_type_scheduled_index" on "activity" ("tenant_id", "status", "type", "scheduled_at", "id");`,
    );
    this.addSql(
      `create index "activity_tenant_type_scheduled_index" on "activity" ("tenant_id", "type", "scheduled_at", "id");`,
    );
    this.addSql(
      `create index "activity_tenant_channel_scheduled_index" on "activity" ("tenant_id", "channel", "scheduled_at", "id");`,
    );
    this.addSql(
      `create index "activity_tenant_commerce_scheduled_index" on "activity" ("tenant_id", "commerce_id", "scheduled_at", "id");`,
    );
    this.addSql(
      `create index "activity_tenant_provider_activity_index" on "activity" ("tenant_id", "provider_activity_id");`,
    );
    this.addSql(
      `create index "activity_search_trgm_index" on "activity" using gin (reten_fold("reason" || ' ' || "idempotency_key") gin_trgm_ops);`,
    );
    this.addSql(
      `alter table "activity" add constraint "activity_tenant_idempotency_key_unique" unique ("tenant_id", "idempotency_key");`,
    );
    this.addSql(`alter table "activity" add constraint "activity_type_check" check ("type" in ('TASK', 'MESSAGE'));`);
    this.addSql(
      `alter table "activity" add constraint "activity_channel_check" check ("channel" in ('SALESMAN', 'CALLCENTER', 'WHATSAPP', 'EMAIL', 'SMS', 'PUSH'));`,
    );
    this.addSql(
      `alter table "activity" add constraint "activity_status_check" check ("status" in ('READY', 'UNRESOLVED', 'DISPATCHED', 'COMPLETED', 'CANCELED', 'FAILED'));`,
    );
    this.addSql(
      `create table "activity_status_event" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "activity_id" uuid not null, "event_type" text not null, "from_status" text null, "to_status" text null, "error_code" varchar(100) null, "error_message" text null, "reason" text null, "forced" boolean not null default false, "occurred_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "activity_status_event_tenant_activity_index" on "activity_status_event" ("tenant_id", "activity_id", "occurred_at");`,
    );
    this.addSql(
      `alter table "activity_status_event" add constraint "activity_status_event_event_type_check" check ("event_type" in ('CREATED', 'CREATION_FAILED', 'DISPATCH_ATTEMPT', 'DISPATCH_SUCCESS', 'DISPATCH_FAILED', 'COMPLETED', 'CANCELED', 'FAILED', 'RESOLUTION_FAILED', 'RESOLUTION_RETRY_SUCCESS', 'RESOLUTION_RETRY_FAILED'));`,
    );
    this.addSql(
      `alter table "activity_status_event" add constraint "activity_status_event_from_status_check" check ("from_status" in ('READY', 'UNRESOLVED', 'DISPATCHED', 'COMPLETED', 'CANCELED', 'FAILED'));`,
    );
    this.addSql(
      `alter table "activity_status_event" add constraint "activity_status_event_to_status_check" check ("to_status" in ('READY', 'UNRESOLVED', 'DISPATCHED', 'COMPLETED', 'CANCELED', 'FAILED'));`,
    );
    this.addSql(
      `create table "activity_attribute" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "activity_id" uuid not null, "attribute_key_id" uuid not null, "value" jsonb null, "resolution_status" text not null, "resolver_type" text null, "resolved_at" timestamptz null, "error_message" text null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "activity_attribute" add constraint "activity_attribute_tenant_activity_key_unique" unique ("tenant_id", "activity_id", "attribute_key_id");`,
    );
    this.addSql(
      `alter table "activity_attribute" add constraint "activity_attribute_resolution_status_check" check ("resolution_status" in ('PENDING', 'RESOLVED', 'FAILED', 'FALLBACK'));`,
    );
    this.addSql(
      `alter table "activity_attribute" add constraint "activity_attribute_resolver_type_check" check ("resolver_type" in ('INTERNAL_SERVICE', 'CLIENT_HOOK', 'CALLER_PROVIDED'));`,
    );
    this.addSql(
      `alter table "route" add constraint "route_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "operator" add constraint "operator_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "route_operator" add constraint "route_operator_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "route_operator" add constraint "route_operator_route_id_foreign" foreign key ("route_id") references "route" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "route_operator" add constraint "route_operator_operator_id_foreign" foreign key ("operator_id") references "operator" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "commerce" add constraint "commerce_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "commerce_user" add constraint "commerce_user_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "commerce_user" add constraint "commerce_user_commerce_id_foreign" foreign key ("commerce_id") references "commerce" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "commerce_contact" add constraint "commerce_contact_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "commerce_contact" add constraint "commerce_contact_commerce_user_id_foreign" foreign key ("commerce_user_id") references "commerce_user" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "commerce_address" add constraint "commerce_address_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "commerce_address" add constraint "commerce_address_commerce_id_foreign" foreign key ("commerce_id") references "commerce" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "activity" add constraint "activity_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "activity" add constraint "activity_commerce_id_foreign" foreign key ("commerce_id") references "commerce" ("id");`,
    );
    this.addSql(
      `alter table "activity" add constraint "activity_assigned_route_id_foreign" foreign key ("assigned_route_id") references "route" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "activity" add constraint "activity_assigned_operator_id_foreign" foreign key ("assigned_operator_id") references "operator" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "activity_status_event" add constraint "activity_status_event_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "activity_status_event" add constraint "activity_status_event_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "activity_attribute" add constraint "activity_attribute_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "activity_attribute" add constraint "activity_attribute_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "activity_attribute" add constraint "activity_attribute_attribute_key_id_foreign" foreign key ("attribute_key_id") references "attribute_key" ("id");`,
    );
  }

  override down(): void {
    this.addSql('drop table if exists "activity_attribute" cascade;');
    this.addSql('drop table if exists "activity_status_event" cascade;');
    this.addSql('drop table if exists "activity" cascade;');
    this.addSql('drop table if exists "route_operator" cascade;');
    this.addSql('drop table if exists "route" cascade;');
    this.addSql('drop table if exists "operator" cascade;');
    this.addSql('drop table if exists "commerce_contact" cascade;');
    this.addSql('drop table if exists "commerce_user" cascade;');
    this.addSql('drop table if exists "commerce_address" cascade;');
    this.addSql('drop table if exists "commerce" cascade;');
    this.addSql('drop function if exists reten_fold(text);');
  }
}
