/**
 * A one-line progress bar on stderr: redrawn in place on a terminal, a line per tenth otherwise
 * (logs of CI and of the smoke test stay short).
 */
export function progressBar(label: string, total: number) {
  const started = performance.now();
  const tty = process.stderr.isTTY;
  let done = 0;
  let lastTenth = -1;
  const render = () => {
    const fraction = total === 0 ? 1 : done / total;
    const seconds = (performance.now() - started) / 1000;
    const rate = done / Math.max(seconds, 0.001);
    const eta = rate > 0 ? (total - done) / rate : 0;
    const width = 30;
    const filled = Math.round(fraction * width);
    return `${label.padEnd(10)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')} ${Math.round(rate).toLocaleString('en')}/s ${seconds.toFixed(0)}s elapsed, ETA ${eta.toFixed(0)}s`;
  };
  return {
    tick(n: number) {
      done += n;
      if (tty) process.stderr.write(`\r${render()}`);
      else if (Math.floor((done / total) * 10) > lastTenth) {
        lastTenth = Math.floor((done / total) * 10);
        process.stderr.write(`${render()}\n`);
      }
    },
    done() {
      if (tty) process.stderr.write(`\r${render()}\n`);
    },
  };
}
