import { promises as dns, type LookupAddress, lookup } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { Agent, fetch as undiciFetch } from 'undici';
import { traceOutbound } from '../observability/tracing.ts';

/**
 * Where the server may connect on a tenant's behalf (dispatch providers, client hooks): public internet
 * addresses only, so a tenant admin cannot point the server at loopback, private, link-local or cloud
 * metadata addresses and read the answers back in status events. `allowed` names hosts exempt from the
 * rule (host names, IP addresses or CIDR ranges: development and tests run their providers locally).
 */
export interface OutboundPolicy {
  allowed: readonly string[];
}

/** ipaddr.js's name for the one range that is the public internet. */
const PUBLIC_RANGE = 'unicast';

function allowedBy(policy: OutboundPolicy, host: string, address?: string): boolean {
  return policy.allowed.some((entry) => {
    if (entry.toLowerCase() === host.toLowerCase()) return true;
    if (!address) return false;
    if (entry.includes('/')) {
      try {
        const [range, bits] = ipaddr.parseCIDR(entry);
        const ip = ipaddr.process(address);
        return ip.kind() === range.kind() && ip.match(range, bits);
      } catch {
        return false;
      }
    }
    return isIP(entry) > 0 && ipaddr.process(entry).toString() === ipaddr.process(address).toString();
  });
}

/** Why `address` (of `host`) may not be connected to, or null when it may. */
export function refusal(policy: OutboundPolicy, host: string, address: string): string | null {
  if (allowedBy(policy, host, address)) return null;
  const range = ipaddr.process(address).range();
  return range === PUBLIC_RANGE
    ? null
    : `${host} resolves to ${address}, a ${range} address: only public hosts are allowed`;
}

/** Why one of the addresses `host` resolved to may not be connected to, or null when none is refused. */
function refusalOfAny(policy: OutboundPolicy, host: string, addresses: readonly LookupAddress[]): string | null {
  for (const { address } of addresses) {
    const why = refusal(policy, host, address);
    if (why) return why;
  }
  return null;
}

/** Whether `address`, a socket's peer, is this machine (loopback, IPv4-mapped forms included). */
export function isLoopback(address: string): boolean {
  return isIP(address) > 0 && ipaddr.process(address).range() === 'loopback';
}

/** The URL's host as a name or a bare IP address (without IPv6 brackets). */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/**
 * Checks a destination when it is saved: a host that is an IP address, or a name that resolves, must be
 * public (or allowed). A name that does not resolve now is accepted: nothing proves it non-public, and the
 * check made when connecting still applies. Returns why it is refused, or null.
 */
export async function destinationRefusal(policy: OutboundPolicy, url: string): Promise<string | null> {
  const host = hostOf(new URL(url));
  if (allowedBy(policy, host)) return null;
  if (isIP(host)) return refusal(policy, host, host);
  let addresses: LookupAddress[];
  try {
    addresses = await dns.lookup(host, { all: true });
  } catch {
    return null;
  }
  return refusalOfAny(policy, host, addresses);
}

/**
 * A `fetch` that connects only where the policy allows: the address checked is the one the socket is about
 * to use (after DNS), so a name that resolves differently at send time than at save time is caught too.
 * Callers pass `redirect: 'manual'`: a redirect is never followed anywhere.
 */
export function guardedFetch(policy: OutboundPolicy): typeof fetch {
  const dispatcher = new Agent({
    connect: {
      lookup(hostname, options, callback) {
        lookup(hostname, { ...options, all: true }, (err, addresses) => {
          if (err) return callback(err, '', 4);
          const list = addresses as LookupAddress[];
          const why = refusalOfAny(policy, hostname, list);
          if (why) return callback(new Error(why), '', 4);
          if (options.all) return callback(null, list as never, 4);
          return callback(null, list[0]!.address, list[0]!.family);
        });
      },
    },
  });
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input);
    // A bare IP address is connected to without a lookup: check it here.
    const host = hostOf(url);
    if (isIP(host)) {
      const why = refusal(policy, host, host);
      if (why) throw new TypeError('fetch failed', { cause: new Error(why) });
    }
    return traceOutbound(url, init, (traced) => undiciFetch(url, { ...(traced as object), dispatcher }) as never);
  }) as typeof fetch;
}
