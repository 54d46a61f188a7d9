/**
 * Typed errors. Every failure the user can see carries a stable `code`, a one-line
 * `message` and a `hint` saying what to do about it, so that a batch can report it
 * on one line and go on.
 */
export type ErrorCode =
  | 'E_EMPTY' // input has no bytes, or nothing but whitespace
  | 'E_BINARY' // input is not text (NUL bytes, known binary magic numbers)
  | 'E_TOO_LARGE' // input exceeds the size cap
  | 'E_TOO_DEEP' // HTML nests deeper than the depth cap
  | 'E_ENCODING' // bytes are not valid in the declared/detected charset
  | 'E_NOT_FOUND' // file or directory does not exist
  | 'E_IO' // other file-system error
  | 'E_TIMEOUT' // network fetch took too long
  | 'E_HTTP' // server answered with a non-2xx status
  | 'E_NETWORK' // DNS failure, refused connection, TLS error…
  | 'E_ROBOTS' // robots.txt disallows the URL for Vigie, or cannot be read
  | 'E_PRIVATE_ADDRESS' // the host resolves to a loopback, private or link-local address
  | 'E_RATE_LIMITED' // the server kept answering 429 Too Many Requests
  | 'E_TOO_MANY_REDIRECTS' // a redirect loop, or more hops than the cap
  | 'E_UNSUPPORTED_TYPE' // e.g. a URL that serves a PDF
  | 'E_NO_CONTENT' // parsed fine, but no article body could be found
  | 'E_USAGE' // bad flag or argument
  | 'E_DB' // the database cannot be opened or reached, or its schema is too new
  | 'E_GAZETTEER' // a gazetteer file or archive is malformed, or the local index cannot be built
  | 'E_DOWNLOAD' // a download failed: dead URL, refused connection, timeout, truncated body
  | 'E_INTERNAL'; // a bug: should never be seen

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  hint: string;
}

export class VigieError extends Error {
  readonly code: ErrorCode;
  readonly hint: string;

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'VigieError';
    this.code = code;
    this.hint = options.hint ?? defaultHint(code);
  }

  toJSON(): ErrorInfo {
    return { code: this.code, message: this.message, hint: this.hint };
  }
}

/** Wraps anything thrown into a VigieError, keeping the original as `cause`. */
export function toVigieError(err: unknown): VigieError {
  if (err instanceof VigieError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new VigieError('E_INTERNAL', `unexpected error: ${message}`, { cause: err });
}

function defaultHint(code: ErrorCode): string {
  switch (code) {
    case 'E_EMPTY':
      return 'check that the file was saved completely';
    case 'E_BINARY':
      return 'Vigie reads HTML and plain text; convert the document first';
    case 'E_TOO_LARGE':
      return 'raise the cap with --max-bytes if the input is genuine';
    case 'E_TOO_DEEP':
      return 'the page is malformed or hostile; raise --max-depth only if you trust it';
    case 'E_ENCODING':
      return 'give the right charset with --encoding (e.g. --encoding windows-1252)';
    case 'E_NOT_FOUND':
      return 'check the path';
    case 'E_IO':
      return 'check permissions and free space';
    case 'E_TIMEOUT':
      return 'retry later or raise --timeout';
    case 'E_HTTP':
      return 'check the URL in a browser';
    case 'E_NETWORK':
      return 'check the host name and your connection';
    case 'E_ROBOTS':
      return 'the site asks crawlers not to fetch this page; respect it, or save the page by hand';
    case 'E_PRIVATE_ADDRESS':
      return 'Vigie refuses internal addresses by default; add --allow-private if you mean it';
    case 'E_RATE_LIMITED':
      return 'the site is rate-limiting Vigie; retry later or lower --per-host';
    case 'E_TOO_MANY_REDIRECTS':
      return 'the server redirects in a loop or too often; check the URL in a browser';
    case 'E_UNSUPPORTED_TYPE':
      return 'Vigie reads HTML and plain text pages only';
    case 'E_NO_CONTENT':
      return 'the page may need JavaScript or may not be an article';
    case 'E_USAGE':
      return "run 'vigie --help'";
    case 'E_DB':
      return 'check --db / VIGIE_DATABASE_URL and that the PostgreSQL server is running (or --home / VIGIE_HOME)';
    case 'E_GAZETTEER':
      return "the file may be truncated or not in GeoNames format; run 'vigie gazetteer fetch' again, or check the --gazetteer file";
    case 'E_DOWNLOAD':
      return 'check your connection and --base-url (GeoNames dumps are at https://download.geonames.org/export/dump/), then retry';
    case 'E_INTERNAL':
      return 'please report this with the input that caused it';
  }
}

/** One line for a terminal: `source: E_CODE message (hint: …)`. */
export function formatErrorLine(source: string, e: ErrorInfo): string {
  return `${source}: ${e.code} ${e.message} (hint: ${e.hint})`;
}
