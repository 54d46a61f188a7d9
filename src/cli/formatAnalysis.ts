/**
 * The human-readable view of an analysed article (`vigie analyze --format text`): the
 * body with its mentions marked inline, then one section per kind of finding. Marks
 * are numbered so that a long article stays readable: `[Alep]³` refers to line 3 of
 * the legend below the text.
 */
import type { Analysis } from '../analyze/types.js';
import type { Article } from '../core/article.js';

interface Mark {
  start: number;
  end: number;
  label: string;
}

export function formatAnalysisText(a: Article & { analysis: Analysis }): string {
  const { analysis: x, text } = a;
  const out: string[] = [];
  out.push(a.title ?? '(untitled)');
  const meta = [
    a.publishedAt ? `Published: ${a.publishedAt}` : null,
    `Language: ${x.language.code ?? 'unknown'} (${x.language.confidence.toFixed(2)})`,
    `Sentences: ${x.sentences.length}`,
    a.url ? `URL: ${a.url}` : `Source: ${a.source}`,
  ].filter((s): s is string => s !== null);
  out.push(meta.join('   '), '');

  const entityName = new Map(x.entities.map((e) => [e.id, e.name]));
  const marks: Mark[] = [];
  for (const e of x.entities) {
    if (e.kind === 'place') continue;
    for (const m of e.mentions) marks.push({ start: m.start, end: m.end, label: `${e.kind} ${e.id} ${e.name}` });
  }
  for (const p of x.places) {
    const where = p.resolved ? `${p.name}, ${[p.kind, p.country].filter(Boolean).join(' ')}` : `${p.name}, unresolved`;
    marks.push({ start: p.mention.start, end: p.mention.end, label: `place ${where}` });
  }
  for (const t of x.times) marks.push({ start: t.span.start, end: t.span.end, label: `time ${t.value ?? 'unresolved'} (${t.precision})` });
  out.push(markText(text, marks), '');

  if (x.entities.length > 0) {
    out.push('Entities');
    for (const e of x.entities) {
      const role = e.role ? ` — ${e.role}` : '';
      const aka = e.aliases.length > 0 ? ` (also ${e.aliases.join(', ')})` : '';
      out.push(
        `  ${e.id.padEnd(4)} ${e.kind.padEnd(12)} ${e.name}${role}${aka}, ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`,
      );
    }
    out.push('');
  }
  if (x.places.length > 0) {
    out.push('Places');
    for (const p of x.places) {
      const at = p.resolved && p.lat !== null && p.lon !== null ? ` ${p.lat.toFixed(5)}, ${p.lon.toFixed(5)}` : '';
      const within = p.parent ? ` in ${p.parent}` : '';
      const id = p.geonameId !== null && p.geonameId > 0 ? ` geonames:${p.geonameId}` : '';
      const verdict = p.resolved ? `${p.name} (${p.kind}${within}, ${p.country ?? '?'})${at}${id}` : 'unresolved';
      out.push(`  ${JSON.stringify(p.mention.text)} → ${verdict}, confidence ${p.confidence.toFixed(2)}`);
    }
    out.push('');
  }
  if (x.quotes.length > 0) {
    out.push('Quotes');
    for (const q of x.quotes) {
      const who = q.speaker === null ? 'speaker unknown' : (entityName.get(q.speaker) ?? q.speaker);
      const cue = q.cue ? `, cue ${JSON.stringify(q.cue.text)}` : '';
      out.push(`  ${q.kind.padEnd(8)} “${clip(q.text, 100)}” — ${who}${cue}`);
    }
    out.push('');
  }
  if (x.times.length > 0) {
    out.push('Times');
    for (const t of x.times)
      out.push(`  ${JSON.stringify(t.text)} → ${t.value ?? 'unresolved'} (${t.precision}${t.anchor ? `, from ${t.anchor}` : ''})`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/**
 * Wraps marked spans as `[text]ⁿ`, numbering labels in order of first use, and adds the
 * legend. Overlapping marks keep the earlier (then longer) one: the lists below show all.
 */
function markText(text: string, marks: Mark[]): string {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const labels = new Map<string, number>();
  let pos = 0;
  let body = '';
  for (const m of sorted) {
    if (m.start < pos || m.end <= m.start || m.end > text.length) continue;
    let n = labels.get(m.label);
    if (n === undefined) labels.set(m.label, (n = labels.size + 1));
    body += `${text.slice(pos, m.start)}[${text.slice(m.start, m.end)}]${superscript(n)}`;
    pos = m.end;
  }
  body += text.slice(pos);
  const legend = [...labels].map(([label, n]) => `  ${String(n).padStart(3)}  ${label}`);
  return legend.length > 0 ? `${body}\n\n${legend.join('\n')}` : body;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function superscript(n: number): string {
  return [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join('');
}

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length <= n ? flat : `${flat.slice(0, n - 1)}…`;
}
