import cluster, { type Worker } from 'node:cluster';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { devSecret, resolveCredentialsKey } from './crypto/keys.ts';
import { type Database, openDatabase } from './db/database.ts';
import { clusterMetrics, serveMetrics } from './observability/metrics.ts';

/** Whether this process is one of a cluster's API processes, and the first of them (the banner, the demo data). */
export const inCluster = cluster.isWorker;
export const firstInCluster = cluster.worker?.id === 1;

/**
 * `WEB_CONCURRENCY` > 1 (src/main.ts): this process is the primary and serves nothing itself. It does the start-up
 * chores once (the embedded database, migrations, the dev-mode keys), then forks that many API processes on that
 * database; they share the port (node:cluster hands each new connection to the next process in turn). Only the
 * first one runs the dispatcher (when DISPATCH_IN_PROCESS is on), a process that dies is replaced in the same role,
 * and the metrics port serves the sum of theirs. `stop` has each drain as a lone server would, then closes the
 * database.
 */
export async function startPrimary(config: Config, logger: Logger): Promise<{ stop(): Promise<void> }> {
  const database: Database = await openDatabase(config, logger);
  let metricsServer: Server | undefined;
  let stopping = false;
  try {
    await resolveCredentialsKey(config);
    if (!config.auth) await devSecret(config.dataDir);
    if (config.metrics) metricsServer = await serveMetrics(clusterMetrics.source(), config.metrics, logger);
  } catch (err) {
    await database.close();
    throw err;
  }

  const roles = new Map<Worker, Record<string, string>>();
  const fork = (env: Record<string, string>) => roles.set(cluster.fork(env), env);
  for (let i = 0; i < config.webConcurrency; i++) {
    // The database the primary opened (an embedded one is not started twice), and one dispatcher in all.
    fork({ DATABASE_URL: database.url, DISPATCH_IN_PROCESS: String(config.dispatch.inProcess && i === 0) });
  }
  cluster.on('exit', (worker, code, signal) => {
    const env = roles.get(worker)!;
    roles.delete(worker);
    if (stopping) return;
    logger.error({ pid: worker.process.pid, code, signal }, 'an API process exited: starting another');
    fork(env);
  });
  logger.info({ processes: config.webConcurrency }, 'cluster started');

  return {
    async stop() {
      stopping = true;
      const exits = [...roles.keys()].map((worker) => new Promise((resolve) => worker.once('exit', resolve)));
      // SIGTERM, not `worker.kill()`, which disconnects first and so stops the process accepting at once.
      for (const worker of roles.keys()) worker.process.kill('SIGTERM');
      await Promise.all(exits);
      metricsServer?.close();
      await database.close();
    },
  };
}
