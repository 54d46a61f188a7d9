/**
 * A byline: "By Jane Doe", "Par Marie Dupont, à Beyrouth", "By J. Smith and A. Jones".
 * The introducing words come from the language packs.
 */
import { PACKS } from '../core/packs/index.js';

// Case variants are spelled out because the names must stay case-sensitive
// (\p{Lu} under the i flag would match any letter).
const prefixes = [...new Set(PACKS.flatMap((p) => p.bylinePrefixes))]
  .sort((a, b) => b.length - a.length)
  .flatMap((p) => [p, p[0]!.toUpperCase() + p.slice(1), p.toUpperCase()])
  .map(escape)
  .join('|');
const NAME = "\\p{Lu}[\\p{L}.'’-]*";
const JOINER = '(?:de|van|von|da|di|du|le|la|al|el|bin|ibn|and|et|&|,)';

const locators = [...new Set(PACKS.flatMap((p) => p.bylineLocators))].map(escape).join('|');
/** What may follow the names: a role or place after punctuation, or "at/à <place>". */
const TAIL = `(?:\\s*[,|–—·•-]\\s*.{0,80}|\\s+(?:${locators})\\s.{0,80})?`;

export const BYLINE_RE = new RegExp(`^(?:${prefixes})\\s+${NAME}(?:\\s+(?:${NAME}|${JOINER}))*${TAIL}$`, 'u');

const ROLE_RE = new RegExp(`\\b(?:${[...new Set(PACKS.flatMap((p) => p.bylineRoles))].map(escape).join('|')})\\b`, 'iu');

/** "By Jane Doe and John Roe, in Kyiv" → ["Jane Doe", "John Roe"]. */
export function namesFromByline(line: string): string[] {
  const m = new RegExp(`^(?:${prefixes})\\s+`, 'u').exec(line);
  if (!m) return [];
  const rest = line.slice(m[0].length).split(new RegExp(`\\s*[|–—·•]\\s*|,?\\s+(?:${locators})\\s`, 'u'))[0] ?? '';
  return rest
    .split(/\s*(?:,|\band\b|\bet\b|&)\s*/iu)
    .map((s) => s.trim())
    .filter((s) => /^\p{Lu}/u.test(s) && s.length > 2 && s.length < 60 && !ROLE_RE.test(s));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
