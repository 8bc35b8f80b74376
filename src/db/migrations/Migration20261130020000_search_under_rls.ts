import { Migration } from '@mikro-orm/migrations';

/**
 * Search under row-level security. A policy makes PostgreSQL apply only leakproof operators before it, and
 * LIKE is not leakproof, so the trigram indexes could no longer serve a search: every search folded every row
 * of the tenant (34 ms instead of 1 ms for a shop's name at 100k activities). The matching therefore runs in
 * SECURITY DEFINER functions, which take the tenant explicitly and return ids only; the caller's statement
 * reads the rows under the policy, so even a wrong tenant passed here shows nothing of another tenant.
 * Each side is folded once per row it reads, whatever the statistics (a generic plan on tables never
 * analyzed once folded per pair of rows).
 */
export class Migration20261130020000_search_under_rls extends Migration {
  override up(): void {
    // "Contains the term": folded first, then `\`, `%` and `_` escaped (escaping first let unaccent turn the
    // full-width ％ ＿ ＼ into live wildcards).
    this.addSql(
      `create function reten_contains_pattern(term text) returns text language sql immutable parallel safe strict as $$
         select '%' || replace(replace(replace(reten_fold(term), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
       $$;`,
    );
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

  override down(): void {
    this.addSql('drop function if exists reten_search_activity_ids(uuid, text);');
    this.addSql('drop function if exists reten_search_commerce_ids(uuid, text);');
    this.addSql('drop function if exists reten_contains_pattern(text);');
  }
}
