import { Migration } from '@mikro-orm/migrations';

/**
 * The search functions match in the transaction's tenant (the policies' own setting) instead of a tenant
 * passed to them: a caller can no longer name another tenant, even to get ids only. And the rate limits'
 * counters become unlogged: every request of a tenant updates the same row, and each of those commits waited
 * for the WAL to reach the disk while the next one waited for the row. On one key, 10 connections did about
 * 3,900 upserts a second logged and 25,000 unlogged (a commit that wrote only unlogged tables does not wait
 * for the disk). Counters lost in a crash only reset the windows.
 */
export class Migration20261130030000_search_in_session_tenant extends Migration {
  override up(): void {
    this.addSql('drop function reten_search_activity_ids(uuid, text);');
    this.addSql('drop function reten_search_commerce_ids(uuid, text);');
    this.addSql(
      `create function reten_search_commerce_ids(text) returns setof uuid
       language sql stable security definer set search_path = public as $$
         select id from commerce
         where tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
           and reten_fold(name || ' ' || external_id) like (select reten_contains_pattern($1))
       $$;`,
    );
    this.addSql(
      `create function reten_search_activity_ids(text) returns setof uuid
       language sql stable security definer set search_path = public as $$
         select id from activity
         where tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
           and reten_fold(reason || ' ' || idempotency_key) like (select reten_contains_pattern($1))
         union all
         select id from activity
         where tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
           and commerce_id = any (array(select reten_search_commerce_ids($1)))
       $$;`,
    );
    for (const fn of ['reten_search_commerce_ids(text)', 'reten_search_activity_ids(text)']) {
      this.addSql(`revoke all on function ${fn} from public;`);
      this.addSql(`grant execute on function ${fn} to reten_app;`);
    }
    this.addSql('alter table "rate_limit" set unlogged;');
  }

  override down(): void {
    this.addSql('alter table "rate_limit" set logged;');
    this.addSql('drop function reten_search_activity_ids(text);');
    this.addSql('drop function reten_search_commerce_ids(text);');
    this.addSql(
      `create function reten_search_commerce_ids(uuid, text) returns setof uuid
       language sql stable security definer set search_path = public as $$
         select id from commerce
         where tenant_id = $1 and reten_fold(name || ' ' || external_id) like (select reten_contains_pattern($2))
       $$;`,
    );
    this.addSql(
      `create function reten_search_activity_ids(uuid, text) returns setof uuid
       language sql stable security definer set search_path = public as $$
         select id from activity
         where tenant_id = $1 and reten_fold(reason || ' ' || idempotency_key) like (select reten_contains_pattern($2))
         union all
         select id from activity
         where tenant_id = $1 and commerce_id = any (array(select reten_search_commerce_ids($1, $2)))
       $$;`,
    );
    for (const fn of ['reten_search_commerce_ids(uuid, text)', 'reten_search_activity_ids(uuid, text)']) {
      this.addSql(`revoke all on function ${fn} from public;`);
      this.addSql(`grant execute on function ${fn} to reten_app;`);
    }
  }
}
