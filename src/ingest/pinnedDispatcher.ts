/**
 * An HTTP dispatcher that vets the address it connects to. assertPublicAddress() checks
 * a host before the request, but the connection resolves the name again: a DNS server
 * answering a public address to the check and 127.0.0.1 a moment later (rebinding)
 * would slip through. Here the connection's own lookup refuses internal addresses, so
 * the address vetted is the address used.
 */
import type { LookupAddress, LookupOptions } from 'node:dns';
import { Agent } from 'undici';
import { VigieError } from '../core/errors.js';
import { publicRange, systemLookup, type Lookup } from './addressGuard.js';

type LookupCallback = (err: Error | null, address: string | LookupAddress[], family?: number) => void;

export function pinnedDispatcher(resolve: Lookup = systemLookup): Agent {
  return new Agent({ connect: { lookup: vettedLookup(resolve) } });
}

/** A `dns.lookup`-shaped function that answers only public unicast addresses. */
export function vettedLookup(resolve: Lookup) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    resolve(hostname).then(
      (addresses) => {
        for (const a of addresses) {
          const range = publicRange(a);
          if (range !== null) {
            callback(new VigieError('E_PRIVATE_ADDRESS', `${hostname} resolves to ${a} (${range}), an internal address`), []);
            return;
          }
        }
        if (addresses.length === 0) {
          callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
          return;
        }
        const all = addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
        if (options.all) callback(null, all);
        else callback(null, all[0]!.address, all[0]!.family);
      },
      (err: unknown) => callback(err as Error, []),
    );
  };
}
