import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { Duplex } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { serve } from '@hono/node-server';
import type { Logger } from 'pino';
import type { App } from '../app.ts';
import type { Lifecycle } from './lifecycle.ts';
import { PROBLEM_CONTENT_TYPE, type ProblemCode, problemBody } from './problem.ts';

/** Node's own early rejections, before any request reaches the app, by the parser's error code. */
const CLIENT_ERRORS: Record<string, { code: ProblemCode; detail: string }> = {
  HPE_HEADER_OVERFLOW: { code: 'HEADERS_TOO_LARGE', detail: 'The request headers are larger than this server accepts' },
  ERR_HTTP_REQUEST_TIMEOUT: { code: 'REQUEST_TIMEOUT', detail: 'The request was not received in time' },
};

/**
 * Answers what Node refuses before the app sees it (headers too large, a malformed request line, a request
 * that never arrives in full) as problem+json, as every other answer is, and closes the connection.
 */
function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const { code, detail } = CLIENT_ERRORS[err.code ?? ''] ?? {
    code: 'MALFORMED_REQUEST' as const,
    detail: 'The request is not valid HTTP/1.1',
  };
  const problem = problemBody(code, detail);
  const body = JSON.stringify(problem);
  socket.end(
    `HTTP/1.1 ${problem.status} ${problem.title}\r\ncontent-type: ${PROBLEM_CONTENT_TYPE}\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

/** The app on a Node HTTP server, as `npm start` runs it (and the tests that need real sockets). */
export function listen(app: App, options: { host: string; port: number }, onListening?: (port: number) => void) {
  const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info) =>
    onListening?.(info.port),
  ) as Server;
  server.on('clientError', answerClientError);
  return server;
}

export interface ShutdownTimes {
  /** How long to keep serving, each answer closing its connection, before refusing new connections. */
  graceMs: number;
  /** How long in-flight requests may then take before their connections are cut. */
  timeoutMs: number;
}

/**
 * Stops serving without losing a request. `/ready` answers 503 at once, and requests are served as usual for
 * the grace period, while load balancers stop routing here. Then the server stops accepting connections and
 * every answer closes its own: a keep-alive client gets its answer, then reconnects elsewhere (here it is
 * refused, before sending anything). Idle connections are not cut, since a client may be sending on one at
 * that moment: they end when the client closes them or at the keep-alive timeout. In-flight requests finish;
 * only after `timeoutMs` are the connections left cut. Resolves when no request runs any more, so the pool
 * can close under nobody.
 */
export async function drain(server: Server, lifecycle: Lifecycle, times: ShutdownTimes, logger: Logger) {
  lifecycle.draining = true;
  await sleep(times.graceMs);
  lifecycle.closing = true;
  // net.Server's close, not http.Server's, which would also cut idle keep-alive connections at once.
  const closed = new Promise<void>((resolve) => Reflect.apply(NetServer.prototype.close, server, [() => resolve()]));
  const finished = Promise.all([closed, lifecycle.idle()]).then(() => true);
  if (!(await Promise.race([finished, sleep(times.timeoutMs, false)]))) {
    logger.warn({ inFlight: lifecycle.inFlight }, 'shutdown timeout: cutting the connections left');
    server.closeAllConnections();
    await Promise.race([lifecycle.idle(), sleep(1_000)]);
  }
}
