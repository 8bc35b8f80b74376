import { Migration } from '@mikro-orm/migrations';

/**
 * Integration partners (issue 17): API keys, the tenant's task result types, and the change sequence the
 * pull API's cursor follows.
 */
export class Migration20261201000000_integration extends Migration {
  override up(): void {
    this.addSql(
      `create table "api_key" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
        "tenant_id" uuid not null, "created_by" varchar(255) not null, "name" varchar(255) not null,
        "key_prefix" varchar(16) not null, "key_hash" bytea not null, "permissions" text[] not null,
        "expires_at" timestamptz null, "last_used_at" timestamptz null, "revoked_at" timestamptz null,
        primary key ("id"));`,
    );
    this.addSql(`alter table "api_key" add constraint "api_key_key_hash_unique" unique ("key_hash");`);
    this.addSql(
      `create index "api_key_tenant_created_by_index" on "api_key" ("tenant_id", "created_by", "created_at", "id");`,
    );
    this.addSql(
      `alter table "api_key" add constraint "api_key_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`,
    );

    this.addSql(
      `create table "task_result_type" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
        "tenant_id" uuid not null, "code" varchar(100) not null, "label" varchar(200) not null,
        "requires_future_scheduled_at" boolean not null default false, primary key ("id"));`,
    );
    this.addSql(
      `alter table "task_result_type" add constraint "task_result_type_tenant_code_unique" unique ("tenant_id", "code");`,
    );
    this.addSql(
      `alter table "task_result_type" add constraint "task_result_type_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`,
    );

    for (const table of ['api_key', 'task_result_type']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(
        `create policy "tenant_isolation" on "${table}" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
      );
      this.addSql(`grant select, insert, update, delete on "${table}" to reten_app;`);
    }

    // Every tenant starts with the Reten docs' four result codes: new ones by a trigger (whichever path creates
    // the tenant), existing ones here. SECURITY DEFINER: the new tenant is not the session's tenant yet.
    this.addSql(
      `create function reten_seed_task_result_types() returns trigger
       language plpgsql security definer set search_path = public as $$
       begin
         insert into task_result_type (id, created_at, updated_at, tenant_id, code, label, requires_future_scheduled_at)
         select gen_random_uuid(), now(), now(), new.id, code, label, future
         from (values ('SALE_COMPLETED', 'Sale completed', false), ('NOT_INTERESTED', 'Not interested', false),
                      ('RESCHEDULE', 'Reschedule the visit', true), ('NO_CONTACT', 'No contact', false))
           as defaults (code, label, future);
         return new;
       end $$;`,
    );
    this.addSql(
      `create trigger "tenant_seed_task_result_types" after insert on "tenant" for each row execute function reten_seed_task_result_types();`,
    );
    this.addSql(
      `insert into task_result_type (id, created_at, updated_at, tenant_id, code, label, requires_future_scheduled_at)
       select gen_random_uuid(), now(), now(), t.id, d.code, d.label, d.future
       from tenant t cross join (values ('SALE_COMPLETED', 'Sale completed', false), ('NOT_INTERESTED', 'Not interested', false),
                                       ('RESCHEDULE', 'Reschedule the visit', true), ('NO_CONTACT', 'No contact', false))
         as d (code, label, future);`,
    );

    // The one read across tenants that API keys need: a key names its tenant, so it is found before one is known.
    this.addSql(
      `create function reten_api_key(hash bytea)
       returns table (id uuid, tenant_id uuid, created_by varchar, key_prefix varchar, permissions text[],
         expires_at timestamptz, revoked_at timestamptz)
       language sql stable security definer set search_path = public as $$
         select id, tenant_id, created_by, key_prefix, permissions, expires_at, revoked_at
         from api_key where key_hash = hash
       $$;`,
    );
    this.addSql('revoke all on function reten_api_key(bytea) from public;');
    this.addSql('grant execute on function reten_api_key(bytea) to reten_app;');

    // The pull API's change sequence: the id of the transaction that last wrote each activity. A reader
    // delivers only changes older than every transaction still running (the snapshot's xmin), so a change that
    // commits late is never behind a cursor already handed out (activities/integration.queries.ts).
    this.addSql(`alter table "activity" add column "change_xid" xid8 not null default pg_current_xact_id();`);
    this.addSql(
      `create function reten_activity_changed() returns trigger language plpgsql as $$
       begin
         new.change_xid := pg_current_xact_id();
         return new;
       end $$;`,
    );
    this.addSql(
      `create trigger "activity_change_xid" before update on "activity" for each row execute function reten_activity_changed();`,
    );
    this.addSql(
      `create index "activity_task_changes_index" on "activity" ("tenant_id", "change_xid", "id") where "type" = 'TASK';`,
    );
  }

  override down(): void {
    this.addSql('drop index if exists "activity_task_changes_index";');
    this.addSql('drop trigger if exists "activity_change_xid" on "activity";');
    this.addSql('drop function if exists reten_activity_changed();');
    this.addSql('alter table "activity" drop column if exists "change_xid";');
    this.addSql('drop function if exists reten_api_key(bytea);');
    this.addSql('drop trigger if exists "tenant_seed_task_result_types" on "tenant";');
    this.addSql('drop function if exists reten_seed_task_result_types();');
    this.addSql('drop table if exists "task_result_type";');
    this.addSql('drop table if exists "api_key";');
  }
}
