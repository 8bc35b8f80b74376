import { Migration } from '@mikro-orm/migrations';

/** Attribute policies, the client hook, target-resolution configs and activity target users. */
export class Migration20261124010000_resolution extends Migration {
  override up(): void {
    this.addSql(
      `create table "target_resolution_config" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "resolution_strategy" text not null, "fallback_to_commerce_rep" boolean not null default true, "fallback_to_owner" boolean not null default true, "priority" int not null default 0, "is_active" boolean not null default true, "criteria" jsonb not null, primary key ("id"));`,
    );
    this.addSql(
      `create unique index "target_resolution_config_tenant_active_priority_unique" on "target_resolution_config" ("tenant_id", "priority") where "is_active";`,
    );
    this.addSql(
      `create table "client_hook" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "url" varchar(2000) not null, "secret_envelope" text not null, "timeout_ms" int not null default 2000, primary key ("id"));`,
    );
    this.addSql(`alter table "client_hook" add constraint "client_hook_tenant_unique" unique ("tenant_id");`);
    this.addSql(
      `create table "attribute_policy" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "attribute_key_id" uuid not null, "strategy" text not null, "resolver_type" text not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "attribute_policy" add constraint "attribute_policy_tenant_key_unique" unique ("tenant_id", "attribute_key_id");`,
    );
    this.addSql(
      `create table "activity_target_user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "activity_id" uuid not null, "commerce_user_id" uuid null, "resolution_status" text not null, "resolution_strategy" text not null, "lock_reason" text null, "resolved_at" timestamptz null, "locked_at" timestamptz null, "error_message" text null, primary key ("id"));`,
    );
    this.addSql(
      `create index "activity_target_user_tenant_activity_index" on "activity_target_user" ("tenant_id", "activity_id");`,
    );
    this.addSql(
      `create index "activity_target_user_tenant_commerce_user_index" on "activity_target_user" ("tenant_id", "commerce_user_id");`,
    );
    this.addSql(
      `alter table "target_resolution_config" add constraint "target_resolution_config_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "target_resolution_config" add constraint "target_resolution_config_resolution_strategy_check" check ("resolution_strategy" in ('ON_CREATION', 'ON_DISPATCH', 'MANUAL'));`,
    );
    this.addSql(
      `alter table "client_hook" add constraint "client_hook_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "attribute_policy" add constraint "attribute_policy_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "attribute_policy" add constraint "attribute_policy_attribute_key_id_foreign" foreign key ("attribute_key_id") references "attribute_key" ("id");`,
    );
    this.addSql(
      `alter table "attribute_policy" add constraint "attribute_policy_strategy_check" check ("strategy" in ('UPFRONT', 'ON_DISPATCH', 'CALLER_PROVIDED'));`,
    );
    this.addSql(
      `alter table "attribute_policy" add constraint "attribute_policy_resolver_type_check" check ("resolver_type" in ('INTERNAL_SERVICE', 'CLIENT_HOOK'));`,
    );
    this.addSql(
      `alter table "activity_target_user" add constraint "activity_target_user_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "activity_target_user" add constraint "activity_target_user_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "activity_target_user" add constraint "activity_target_user_commerce_user_id_foreign" foreign key ("commerce_user_id") references "commerce_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "activity_target_user" add constraint "activity_target_user_resolution_status_check" check ("resolution_status" in ('PENDING', 'RESOLVED', 'LOCKED', 'FAILED'));`,
    );
    this.addSql(
      `alter table "activity_target_user" add constraint "activity_target_user_resolution_strategy_check" check ("resolution_strategy" in ('ON_CREATION', 'ON_DISPATCH', 'MANUAL'));`,
    );
    this.addSql(
      `alter table "activity_target_user" add constraint "activity_target_user_lock_reason_check" check ("lock_reason" in ('CRITERIA_MATCH', 'FALLBACK_COMMERCE_REP', 'FALLBACK_OWNER', 'MANUAL_ASSIGNMENT'));`,
    );
  }

  override down(): void {
    this.addSql('drop table if exists "activity_target_user";');
    this.addSql('drop table if exists "attribute_policy";');
    this.addSql('drop table if exists "client_hook";');
    this.addSql('drop table if exists "target_resolution_config";');
  }
}
