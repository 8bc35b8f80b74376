import { Migration } from '@mikro-orm/migrations';

/**
 * Exact list totals without counting rows: `activity_count` holds how many activities each tenant has
 * per (status, type, channel), kept by triggers in the same transaction as every insert, status change
 * and delete, whoever writes (the ORM, the dispatcher's SQL, a script). A list filtered only by those
 * columns sums a few counter rows instead of counting up to a whole tenant (docs/performance.md).
 *
 * Each key is split over 8 slots, chosen by the writing backend, so concurrent writers of one tenant
 * and channel rarely wait on the same counter row lock until commit. A slot may go negative (an activity
 * created on one connection and completed on another); only the sum over the slots means anything.
 * No foreign key to tenant: the activity delete cascade of a tenant still runs these triggers.
 */
export class Migration20261125000000_activity_counts extends Migration {
  override up(): void {
    this.addSql(
      `create table "activity_count" ("tenant_id" uuid not null, "status" text not null, "type" text not null, "channel" text not null, "slot" smallint not null, "n" int not null, primary key ("tenant_id", "status", "type", "channel", "slot"));`,
    );
    this.addSql(
      `alter table "activity_count" add constraint "activity_count_status_check" check ("status" in ('READY', 'UNRESOLVED', 'DISPATCHED', 'COMPLETED', 'CANCELED', 'FAILED'));`,
    );
    this.addSql(
      `alter table "activity_count" add constraint "activity_count_type_check" check ("type" in ('TASK', 'MESSAGE'));`,
    );
    this.addSql(
      `alter table "activity_count" add constraint "activity_count_channel_check" check ("channel" in ('SALESMAN', 'CALLCENTER', 'WHATSAPP', 'EMAIL', 'SMS', 'PUSH'));`,
    );
    // An update takes its two counter rows in key order, so two opposite status changes (a forced
    // COMPLETED -> FAILED next to FAILED -> COMPLETED) on the same slot cannot deadlock.
    this.addSql(`create function activity_count_apply() returns trigger language plpgsql as $$
declare
  my_slot smallint := pg_backend_pid() % 8;
  old_first boolean := tg_op = 'DELETE';
begin
  if tg_op = 'UPDATE' then
    old_first := (old.status, old.type, old.channel) < (new.status, new.type, new.channel);
  end if;
  if old_first then
    insert into activity_count as c (tenant_id, status, type, channel, slot, n)
      values (old.tenant_id, old.status, old.type, old.channel, my_slot, -1)
      on conflict (tenant_id, status, type, channel, slot) do update set n = c.n - 1;
  end if;
  if tg_op <> 'DELETE' then
    insert into activity_count as c (tenant_id, status, type, channel, slot, n)
      values (new.tenant_id, new.status, new.type, new.channel, my_slot, 1)
      on conflict (tenant_id, status, type, channel, slot) do update set n = c.n + 1;
  end if;
  if tg_op = 'UPDATE' and not old_first then
    insert into activity_count as c (tenant_id, status, type, channel, slot, n)
      values (old.tenant_id, old.status, old.type, old.channel, my_slot, -1)
      on conflict (tenant_id, status, type, channel, slot) do update set n = c.n - 1;
  end if;
  return null;
end $$;`);
    this.addSql(
      `create trigger "activity_count_insert" after insert on "activity" for each row execute function activity_count_apply();`,
    );
    this.addSql(
      `create trigger "activity_count_update" after update of "status", "type", "channel", "tenant_id" on "activity" for each row when ((old.status, old.type, old.channel, old.tenant_id) is distinct from (new.status, new.type, new.channel, new.tenant_id)) execute function activity_count_apply();`,
    );
    this.addSql(
      `create trigger "activity_count_delete" after delete on "activity" for each row execute function activity_count_apply();`,
    );
    // Activities that exist already (none on a new database) are counted once.
    this.addSql(`insert into activity_count (tenant_id, status, type, channel, slot, n)
      select tenant_id, status, type, channel, 0, count(*) from activity group by 1, 2, 3, 4;`);
  }

  override down(): void {
    for (const name of ['activity_count_insert', 'activity_count_update', 'activity_count_delete']) {
      this.addSql(`drop trigger if exists "${name}" on "activity";`);
    }
    this.addSql('drop function if exists activity_count_apply();');
    this.addSql('drop table if exists "activity_count";');
  }
}
