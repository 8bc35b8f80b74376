import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000000_foundation extends Migration {
  override up(): void {
    this.addSql(`create table "tenant" (
      "id" uuid not null primary key,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "name" varchar(200) not null,
      "slug" varchar(63) not null,
      constraint "tenant_slug_unique" unique ("slug"));`);
    this.addSql(`create table "attribute_key" (
      "id" uuid not null primary key,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "key" varchar(100) not null,
      "label" varchar(200) not null,
      "description" text not null,
      constraint "attribute_key_key_unique" unique ("key"));`);
  }

  override down(): void {
    this.addSql('drop table if exists "attribute_key";');
    this.addSql('drop table if exists "tenant";');
  }
}
