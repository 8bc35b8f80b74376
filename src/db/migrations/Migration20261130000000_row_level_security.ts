import { Migration } from '@mikro-orm/migrations';

/** Every table with a `tenant_id`: each gets the policy its entity declares (db/tenant-owned.ts). */
const TENANT_TABLES = [
  'activity',
  'activity_attribute',
  'activity_count',
  'activity_result',
  'activity_status_event',
  'activity_target_user',
  'attribute_policy',
  'client_hook',
  'commerce',
  'commerce_address',
  'commerce_contact',
  'commerce_user',
  'dispatch_config',
  'operator',
  'route',
  'route_operator',
  'target_resolution_config',
];

/**
 * Row-level security, the second lock on tenancy. The tables stay owned by the role that runs migrations;
 * the server's requests run as `reten_app` (db/database.ts), which owns nothing and has no BYPASSRLS, so the
 * policies apply to it. The one read across tenants the server needs, the dispatcher's list of active
 * configs, is a SECURITY DEFINER function: a named path, not a bypass for the whole app.
 */
export class Migration20261130000000_row_level_security extends Migration {
  override up(): void {
    this.addSql(
      `do $$ begin
         if not exists (select 1 from pg_roles where rolname = 'reten_app') then
           create role reten_app nologin nobypassrls;
         end if;
       end $$;`,
    );
    // The role that runs migrations must be able to act as the app role (db/database.ts switches to it).
    this.addSql('grant reten_app to current_user;');
    this.addSql('grant usage on schema public to reten_app;');
    this.addSql('grant select, insert, update, delete on all tables in schema public to reten_app;');
    this.addSql('grant usage, select on all sequences in schema public to reten_app;');
    this.addSql(
      'alter default privileges in schema public grant select, insert, update, delete on tables to reten_app;',
    );
    // ANALYZE after a first bulk load (db/sql.ts refreshStaleStatistics) needs MAINTAIN, which exists from 17.
    this.addSql(
      `do $$ begin
         if current_setting('server_version_num')::int >= 170000 then
           execute 'grant maintain on all tables in schema public to reten_app';
         end if;
       end $$;`,
    );
    for (const table of TENANT_TABLES) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(
        `create policy "tenant_isolation" on "${table}" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`,
      );
    }
    this.addSql(
      `create function reten_active_dispatch_configs(tenant_ids uuid[])
       returns table (id uuid, tenant_id uuid, channel text, provider_code varchar, base_url varchar,
         credentials text, settings jsonb, credential_schema jsonb)
       language sql stable security definer set search_path = public as $$
         select dc.id, dc.tenant_id, dc.channel, p.code, dc.base_url, dc.credentials, dc.settings, cd.credential_schema
         from dispatch_config dc
         join dispatch_provider p on p.id = dc.dispatch_provider_id
         join dispatch_channel_definition cd on cd.dispatch_provider_id = p.id and cd.channel = dc.channel
         where dc.is_active and p.is_active and (tenant_ids is null or dc.tenant_id = any (tenant_ids))
         order by dc.tenant_id, dc.channel
       $$;`,
    );
    this.addSql('revoke all on function reten_active_dispatch_configs(uuid[]) from public;');
    this.addSql('grant execute on function reten_active_dispatch_configs(uuid[]) to reten_app;');
  }

  override down(): void {
    this.addSql('drop function if exists reten_active_dispatch_configs(uuid[]);');
    for (const table of TENANT_TABLES) {
      this.addSql(`drop policy if exists "tenant_isolation" on "${table}";`);
      this.addSql(`alter table "${table}" disable row level security;`);
    }
    this.addSql('revoke all on all tables in schema public from reten_app;');
    this.addSql('revoke all on all sequences in schema public from reten_app;');
    this.addSql('revoke usage on schema public from reten_app;');
  }
}
