import { DomHandler, type Document } from 'domhandler';
import { Parser } from 'htmlparser2';
import { VigieError } from '../../core/errors.js';

/**
 * A DomHandler that refuses to nest deeper than `maxDepth`. The check runs while
 * parsing, so a hostile page nested 100,000 levels deep costs almost nothing
 * before it is refused, and no later tree walk has to guard against it.
 */
class DepthLimitedHandler extends DomHandler {
  constructor(private readonly maxDepth: number) {
    super(undefined, { withStartIndices: false, withEndIndices: false });
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    if (this.tagStack.length > this.maxDepth) {
      throw new VigieError('E_TOO_DEEP', `HTML nests more than ${this.maxDepth} levels deep`);
    }
  }
}

/** Parses HTML into a domhandler Document. Throws E_TOO_DEEP on hostile nesting. */
export function parseHtml(html: string, maxDepth: number): Document {
  const handler = new DepthLimitedHandler(maxDepth);
  const parser = new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.end(html);
  return handler.root;
}
