import { Migration } from '@mikro-orm/migrations';

/**
 * Dispatch: the global provider catalog and its channel definitions, tenant dispatch configs (at most
 * one active per tenant and channel: a partial unique index), and the activity's retry time and
 * claim lease with the partial index the dispatcher's claim reads.
 */
export class Migration20261124000000_dispatch extends Migration {
  override up(): void {
    this.addSql(
      `create table "dispatch_provider" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(50) not null, "name" varchar(200) not null, "protocol_type" text not null, "is_active" boolean not null default true, primary key ("id"));`,
    );
    this.addSql(`alter table "dispatch_provider" add constraint "dispatch_provider_code_unique" unique ("code");`);
    this.addSql(
      `alter table "dispatch_provider" add constraint "dispatch_provider_protocol_type_check" check ("protocol_type" in ('REST', 'INTERNAL'));`,
    );
    this.addSql(
      `create table "dispatch_channel_definition" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "dispatch_provider_id" uuid not null, "channel" text not null, "credential_schema" jsonb not null, "settings_schema" jsonb not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "dispatch_channel_definition" add constraint "dispatch_channel_definition_provider_channel_unique" unique ("dispatch_provider_id", "channel");`,
    );
    this.addSql(
      `alter table "dispatch_channel_definition" add constraint "dispatch_channel_definition_dispatch_provider_id_foreign" foreign key ("dispatch_provider_id") references "dispatch_provider" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "dispatch_channel_definition" add constraint "dispatch_channel_definition_channel_check" check ("channel" in ('SALESMAN', 'CALLCENTER', 'WHATSAPP', 'EMAIL', 'SMS', 'PUSH'));`,
    );
    this.addSql(
      `create table "dispatch_config" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tenant_id" uuid not null, "dispatch_provider_id" uuid not null, "channel" text not null, "base_url" varchar(2000) null, "credentials" text null, "settings" jsonb not null, "is_active" boolean not null default true, primary key ("id"));`,
    );
    this.addSql(
      `create index "dispatch_config_tenant_created_index" on "dispatch_config" ("tenant_id", "created_at", "id");`,
    );
    this.addSql(
      `create unique index "dispatch_config_tenant_channel_active_unique" on "dispatch_config" ("tenant_id", "channel") where "is_active";`,
    );
    this.addSql(
      `alter table "dispatch_config" add constraint "dispatch_config_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "dispatch_config" add constraint "dispatch_config_dispatch_provider_id_foreign" foreign key ("dispatch_provider_id") references "dispatch_provider" ("id");`,
    );
    this.addSql(
      `alter table "dispatch_config" add constraint "dispatch_config_channel_check" check ("channel" in ('SALESMAN', 'CALLCENTER', 'WHATSAPP', 'EMAIL', 'SMS', 'PUSH'));`,
    );
    this.addSql(
      `alter table "activity" add "next_dispatch_at" timestamptz null, add "dispatch_lease_until" timestamptz null;`,
    );
    this.addSql(
      `create index "activity_dispatch_due_index" on "activity" ("tenant_id", "channel", "scheduled_at", "id") where "status" = 'READY';`,
    );
  }

  override down(): void {
    this.addSql('drop index if exists "activity_dispatch_due_index";');
    this.addSql('alter table "activity" drop column "next_dispatch_at", drop column "dispatch_lease_until";');
    this.addSql('drop table if exists "dispatch_config";');
    this.addSql('drop table if exists "dispatch_channel_definition";');
    this.addSql('drop table if exists "dispatch_provider";');
  }
}
