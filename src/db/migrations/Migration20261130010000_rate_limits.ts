import { Migration } from '@mikro-orm/migrations';

/** The rate limits' counters, shared by every instance (http/rate-limits.ts); not tenant data. */
export class Migration20261130010000_rate_limits extends Migration {
  override up(): void {
    this.addSql(
      `create table "rate_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, primary key ("key"));`,
    );
    this.addSql('grant select, insert, update, delete on "rate_limit" to reten_app;');
  }

  override down(): void {
    this.addSql('drop table if exists "rate_limit";');
  }
}
