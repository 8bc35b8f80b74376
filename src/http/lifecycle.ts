/**
 * The server's state as a deploy sees it (http/server.ts, `drain`): how many requests are in flight, whether
 * it is draining (`/ready` answers 503, so load balancers stop routing here) and whether it is closing (it
 * accepts no new connections, and every answer closes its own, so keep-alive clients leave after their
 * answer instead of losing a request to a cut connection).
 */
export class Lifecycle {
  draining = false;
  closing = false;
  #inFlight = 0;
  #waiters: (() => void)[] = [];

  get inFlight(): number {
    return this.#inFlight;
  }

  enter(): void {
    this.#inFlight++;
  }

  leave(): void {
    this.#inFlight--;
    if (this.#inFlight === 0) for (const wake of this.#waiters.splice(0)) wake();
  }

  /** Resolves once no request is in flight (at once if none is). */
  idle(): Promise<void> {
    if (this.#inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }
}
