/**
 * A WARC file: every HTML response record is a document, identified by its target URI
 * and dated by its WARC-Date. Records are streamed and saved one at a time.
 */
import { readWarc } from './readWarc.js';
import { reportFailure, reportSaved, type RunContext } from './runContext.js';
import { saveDocument } from './saveDocument.js';

export async function ingestWarc(ctx: RunContext, input: string): Promise<void> {
  let records = 0;
  try {
    for await (const r of readWarc(input, { maxBytes: ctx.o.maxBytes })) {
      if (ctx.o.signal?.aborted) return;
      records++;
      ctx.emit({ type: 'found', count: 1, via: input });
      const where = { source: r.url, url: r.url, via: input };
      if (r.kind === 'skipped') {
        const error = { code: 'E_UNSUPPORTED_TYPE' as const, message: r.reason, hint: 'only HTML and text responses are articles' };
        ctx.emit({ type: 'item', item: { ...where, status: 'skipped', error } });
      } else if (r.kind === 'failed') {
        reportFailure(ctx, where, r.error);
      } else {
        const record = { url: r.url, source: input, status: r.status, headers: r.headers, fetchedAt: r.fetchedAt, raw: r.bytes };
        reportSaved(ctx, where, await saveDocument(ctx.o.store, record, { maxBytes: ctx.o.maxBytes }));
      }
    }
  } catch (err) {
    // The file's own unit ends with this failure; records read before it stay stored.
    reportFailure(ctx, { source: input, url: null, via: null }, err);
    return;
  }
  ctx.emit({ type: 'listing', kind: 'warc', source: input, url: null, via: null, entries: records });
}
