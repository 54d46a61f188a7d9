/**
 * Refuses targets inside the machine or the local network: a feed or a redirect must not
 * turn Vigie into a way to reach 127.0.0.1:5432, a router's admin page or a cloud
 * metadata service (169.254.169.254). Every address the host resolves to is checked,
 * for the first request and for every redirect hop.
 *
 * The check resolves the name itself and fetch resolves it again when it connects: the
 * connection's lookup is vetted too (./pinnedDispatcher.ts), so a DNS server answering
 * differently within milliseconds (rebinding) gains nothing.
 */
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { VigieError } from '../core/errors.js';

export type Lookup = (hostname: string) => Promise<string[]>;

export const systemLookup: Lookup = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

/** Throws E_PRIVATE_ADDRESS unless every address of the URL's host is a public unicast one. */
export async function assertPublicAddress(url: URL, resolve: Lookup = systemLookup): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (ipaddr.isValid(host)) addresses = [host];
  else {
    try {
      addresses = await resolve(host);
    } catch (err) {
      const code = (err as { code?: string }).code ?? 'DNS error';
      throw new VigieError('E_NETWORK', `could not resolve ${host} (${code})`, { cause: err });
    }
  }
  for (const a of addresses) {
    const range = publicRange(a);
    if (range !== null) {
      throw new VigieError('E_PRIVATE_ADDRESS', `${host} resolves to ${a} (${range}), an internal address`);
    }
  }
}

/** null when the address is public unicast, else the name of the range it falls in. */
export function publicRange(address: string): string | null {
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    ip = ipaddr.process(address); // IPv4-mapped IPv6 comes back as IPv4
  } catch {
    return 'unparseable';
  }
  const range = ip.range();
  if (range === 'unicast') return null;
  // NAT64 and 6to4 addresses carry an IPv4 address inside: judge that one.
  if (ip.kind() === 'ipv6' && (range === 'rfc6052' || range === '6to4')) {
    const b = (ip as ipaddr.IPv6).toByteArray();
    const v4 = range === '6to4' ? b.slice(2, 6) : b.slice(12, 16);
    const inner = new ipaddr.IPv4(v4).range();
    return inner === 'unicast' ? null : `${range} ${inner}`;
  }
  return range;
}
