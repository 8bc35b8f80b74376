import { fork } from 'node:child_process';
import { readFile } from 'node:fs/promises';

export interface BenchServer {
  name: string;
  pid: number;
  url: string;
  /** Resident set size now, in MB (Linux /proc); null where it cannot be read. */
  rssMb(): Promise<number | null>;
  /** CPU time used so far (user + system), in ms (Linux /proc); null where it cannot be read. */
  cpuMs(): Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * Starts a server file in its own Node process (so its memory is its own) and waits for the port it
 * reports over IPC. Its stdout (the API's access log) is discarded, as a log shipper would take it.
 */
export function startServer(file: string, env: Record<string, string>): Promise<BenchServer> {
  const child = fork(file, [], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const name = file.replace(/^.*\//, '').replace(/\.ts$/, '');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s`)), 60_000);
    child.once('exit', (code) => reject(new Error(`${name} exited with code ${code} before listening`)));
    child.once('message', (message: { port: number }) => {
      clearTimeout(timer);
      const pid = child.pid!;
      resolve({
        name,
        pid,
        url: `http://127.0.0.1:${message.port}`,
        async rssMb() {
          const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
          const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
          return kb ? Number(kb) / 1024 : null;
        },
        async cpuMs() {
          // Fields 14 and 15 (utime, stime) after the command name, in clock ticks (100 per second on Linux).
          const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          return fields.length > 12 ? (Number(fields[11]) + Number(fields[12])) * 10 : null;
        },
        async stop() {
          if (child.exitCode !== null) return;
          child.kill('SIGTERM');
          const timeout = setTimeout(() => child.kill('SIGKILL'), 5_000);
          await exited;
          clearTimeout(timeout);
        },
      });
    });
  });
}
