import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs `body` in a Node process of its own with `logger` made by createLogger, collecting its stdout. */
function runLogging(body: string) {
  const script = `import { createLogger } from ${JSON.stringify(new URL('./logger.ts', import.meta.url).href)};\nconst logger = createLogger('info');\n${body}`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: { msg: string; at: number }[] = [];
  const started = performance.now();
  let partial = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    // A read may end inside a line: only complete lines are parsed, the rest waits for the next chunk.
    const complete = (partial + chunk).split('\n');
    partial = complete.pop() ?? '';
    for (const line of complete) lines.push({ msg: JSON.parse(line).msg, at: performance.now() - started });
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { lines, exited };
}

describe('createLogger (buffered stdout)', () => {
  it('writes a lone line within about a second, while the process runs on', async () => {
    const { lines, exited } = runLogging(
      `logger.info('first'); setTimeout(() => logger.info('second'), 1500); setTimeout(() => process.exit(0), 3500);`,
    );
    expect(await exited).toBe(0);
    expect(lines.map((l) => l.msg)).toEqual(['first', 'second']);
    // Flushed by the timer, long before the process ended.
    expect(lines[0]!.at).toBeLessThan(lines[1]!.at - 500);
  });

  it('writes every line, in order, when the process exits with batches written and one still buffered', async () => {
    // About 50 KiB: a dozen 4 KiB batches go out as the lines come, the rest at exit.
    const { lines, exited } = runLogging(`for (let i = 0; i < 500; i++) logger.info('line ' + i); process.exit(3);`);
    expect(await exited).toBe(3);
    expect(lines.map((l) => l.msg)).toEqual(Array.from({ length: 500 }, (_, i) => `line ${i}`));
  });

  it('shares one buffered stdout among the loggers of a process, so their lines keep their order', async () => {
    const { lines, exited } = runLogging(
      `const other = createLogger('info'); for (let i = 0; i < 200; i++) (i % 2 ? other : logger).info('line ' + i); process.exit(0);`,
    );
    expect(await exited).toBe(0);
    expect(lines.map((l) => l.msg)).toEqual(Array.from({ length: 200 }, (_, i) => `line ${i}`));
  });
});
