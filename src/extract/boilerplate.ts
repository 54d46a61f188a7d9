import { PACKS, type BoilerplateReason } from '../core/packs/index.js';

/** Text longer than this is prose, whatever words it starts with. */
const MAX_BOILERPLATE_CHARS = 200;

let compiled: Array<{ re: RegExp; reason: BoilerplateReason }> | null = null;

function rules(): Array<{ re: RegExp; reason: BoilerplateReason }> {
  if (compiled) return compiled;
  compiled = [];
  for (const pack of PACKS) {
    for (const [reason, sources] of Object.entries(pack.boilerplate) as Array<[BoilerplateReason, string[]]>) {
      for (const src of sources) compiled.push({ re: new RegExp(src, 'iu'), reason });
    }
  }
  return compiled;
}

/**
 * The boilerplate reason for a short line or block of text, per every language
 * pack's recognisers, or null when it reads as content. Packs of all languages
 * apply: a French page carries English share buttons as often as French ones.
 */
export function boilerplateReason(text: string): BoilerplateReason | null {
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_BOILERPLATE_CHARS) return null;
  for (const { re, reason } of rules()) if (re.test(t)) return reason;
  return null;
}
