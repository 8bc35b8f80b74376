import { Migration } from '@mikro-orm/migrations';

/** Task results: one per activity, or per provider activity id while standalone (a partial unique index). */
export class Migration20261123020000_activity_results extends Migration {
  override up(): void {
    this.addSql(
      `create table "activity_result" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "activity_id" uuid null, "provider_activity_id" varchar(200) null, "commerce_id" uuid not null, "source" text not null, "result_status" text not null, "external_status" varchar(200) null, "occurred_at" timestamptz not null, "result_code" varchar(100) not null, "comment" text null, "contact_type" text null, "operator_external_id" varchar(200) null, "future_scheduled_at" timestamptz null, "payload" jsonb null, "raw_payload" jsonb null, "hard_override" boolean not null default false, primary key ("id"));`,
    );
    this.addSql(
      `create index "activity_result_tenant_occurred_index" on "activity_result" ("tenant_id", "occurred_at", "id");`,
    );
    this.addSql(
      `create index "activity_result_tenant_commerce_index" on "activity_result" ("tenant_id", "commerce_id", "occurred_at");`,
    );
    this.addSql(
      `create index "activity_result_tenant_provider_index" on "activity_result" ("tenant_id", "provider_activity_id");`,
    );
    this.addSql(
      `alter table "activity_result" add constraint "activity_result_tenant_activity_unique" unique ("tenant_id", "activity_id");`,
    );
    this.addSql(
      `create unique index "activity_result_tenant_standalone_provider_unique" on "activity_result" ("tenant_id", "provider_activity_id") where "activity_id" is null;`,
    );
    this.addSql(
      `alter table "activity_result" add constraint "activity_result_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "activity_result" add constraint "activity_result_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "activity_result" add constraint "activity_result_commerce_id_foreign" foreign key ("commerce_id") references "commerce" ("id");`,
    );
    this.addSql(
      `alter table "activity_result" add constraint "activity_result_source_check" check ("source" in ('RETEN_ACTIVITY', 'STANDALONE'));`,
    );
    this.addSql(
      `alter table "activity_result" add constraint "activity_result_result_status_check" check ("result_status" in ('PENDING', 'COMPLETED', 'NOT_EXECUTED', 'CANCELED', 'TRANSFERRED'));`,
    );
    this.addSql(
      `alter table "activity_result" add constraint "activity_result_contact_type_check" check ("contact_type" in ('INBOUND', 'OUTBOUND'));`,
    );
  }

  override down(): void {
    this.addSql('drop table if exists "activity_result";');
  }
}
