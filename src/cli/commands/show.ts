/** `vigie show ID|URL`: one stored article, latest version, as text or JSON. */
import { Command, Option } from 'commander';
import { VigieError } from '../../core/errors.js';
import type { StoredArticle } from '../../store/types.js';
import { formatText } from '../formatResult.js';
import { addStoreOptions, withStore, type StoreCliOptions } from './db.js';
import type { CliIO } from './extract.js';

export function registerShowCommand(program: Command, onDone: (exitCode: number) => void, io: CliIO): Command {
  return addStoreOptions(
    program
      .command('show')
      .description('print a stored article (its latest version)')
      .argument('<ID|URL>', 'article id (as search prints it) or URL')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text')),
  ).action(async (key: string, opts: StoreCliOptions & { format: 'text' | 'json' }) => {
    const a = await withStore(opts, (s) => s.get(key));
    if (a === null) {
      throw new VigieError('E_NOT_FOUND', `no stored article with id or URL ${key}`, {
        hint: "find ids with 'vigie search' or 'vigie export'",
      });
    }
    io.stdout.write(opts.format === 'json' ? `${JSON.stringify(a, null, 2)}\n` : formatStored(a));
    onDone(0);
  });
}

/** The article's reading view, with a line on how it is stored after its metadata. */
export function formatStored(a: StoredArticle): string {
  const stored = [
    `#${a.id}`,
    `version ${a.version} of ${a.versions}`,
    `fetched ${a.fetchedAt}`,
    a.outlet ? `outlet ${a.outlet}` : null,
    a.duplicateGroup === null ? null : a.isDuplicate ? `copy of #${a.duplicateGroup}` : `canonical of group #${a.duplicateGroup}`,
  ].filter((s) => s !== null);
  const text = formatText(a.article);
  const cut = text.indexOf('\n\n');
  const x = a.analysis?.analysis;
  const analysed = x
    ? `\nAnalysed by ${a.analysis!.analyzer}: ${x.entities.length} entities, ${x.places.length} places (${x.places.filter((p) => p.resolved).length} resolved), ${x.quotes.length} quotes, ${x.times.length} dates (vigie show --format json for all of it)`
    : '';
  const line = `Stored: ${stored.join(', ')}${analysed}`;
  return cut < 0 ? `${text}${line}\n` : `${text.slice(0, cut)}\n${line}${text.slice(cut)}`;
}
