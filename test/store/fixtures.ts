/**
 * Store test fixtures: small hand-written pages run through the real extract(), so the
 * store sees the Articles it will see in production.
 */
import assert from 'node:assert/strict';
import type { Article } from '../../src/core/article.js';
import { extract } from '../../src/index.js';
import type { SaveInput } from '../../src/store/types.js';

export interface PageSpec {
  url: string;
  title: string;
  paragraphs: string[];
  lang: string;
  /** ISO timestamp with offset, or null for an undated page. */
  published: string | null;
  site?: string;
  fetchedAt?: string;
}

export function page(spec: PageSpec): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return `<!doctype html>
<html lang="${spec.lang}"><head><meta charset="utf-8"><title>${esc(spec.title)}</title>
${spec.published ? `<meta property="article:published_time" content="${spec.published}">` : ''}
${spec.site ? `<meta property="og:site_name" content="${esc(spec.site)}">` : ''}
</head><body><nav><a href="/">Accueil</a></nav>
<article><h1>${esc(spec.title)}</h1>
${spec.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article><footer>© ${esc(spec.site ?? 'Site')}</footer></body></html>`;
}

export function article(spec: PageSpec): Article {
  const a = extract(page(spec), { url: spec.url, source: spec.url });
  assert.ok(a.ok, `fixture ${spec.url} did not extract: ${a.ok ? '' : a.error.message}`);
  return a;
}

/** A SaveInput as ingest would build it from a fetch of `spec`. */
export function input(spec: PageSpec, raw: string = page(spec)): SaveInput {
  return {
    fetch: {
      url: spec.url,
      source: spec.url,
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      fetchedAt: new Date(spec.fetchedAt ?? '2024-03-06T08:00:00Z'),
      raw: Buffer.from(raw, 'utf8'),
    },
    article: extract(raw, { url: spec.url, source: spec.url }) as Article,
  };
}

// ---------------------------------------------------------------------------------------
// An agency dispatch and its republications

export const DISPATCH_PARAGRAPHS = [
  "Le général Kallassé a annoncé mardi que les soldats français seront retirés de la région du Sahel avant la fin du mois de mars, selon un communiqué publié par l'état-major à Paris.",
  'Cette décision intervient après plusieurs semaines de négociations difficiles avec les autorités locales, qui réclamaient depuis longtemps le départ des troupes étrangères stationnées dans le pays.',
  'Environ deux mille militaires sont concernés par ce retrait, qui se fera en trois étapes successives. Les premiers convois doivent quitter la base de Gao dès la semaine prochaine, a précisé le ministère des Armées.',
  'Le gouvernement assure que la coopération en matière de renseignement se poursuivra. Plusieurs organisations humanitaires ont toutefois exprimé leur inquiétude quant à la sécurité des populations civiles après le départ des soldats.',
  "L'opposition a dénoncé une décision précipitée et demandé un débat au Parlement. Le Premier ministre doit s'exprimer jeudi devant l'Assemblée nationale sur l'avenir de la présence militaire française en Afrique.",
];

export const dispatch: PageSpec = {
  url: 'https://www.agence.example/depeche/sahel-retrait',
  title: 'Sahel : la France va retirer ses soldats avant la fin du mois',
  paragraphs: DISPATCH_PARAGRAPHS,
  lang: 'fr',
  published: '2024-03-05T09:00:00+01:00',
  site: 'Agence Exemple',
  fetchedAt: '2024-03-05T09:05:00Z',
};

/** Republished with its own title and one extra sentence. */
export const copyRetitled: PageSpec = {
  url: 'https://journal-du-sud.example/monde/sahel',
  title: 'Les troupes françaises quittent le Sahel',
  paragraphs: [
    DISPATCH_PARAGRAPHS[0]!,
    `${DISPATCH_PARAGRAPHS[1]!} Les discussions avaient été suspendues à deux reprises en février.`,
    ...DISPATCH_PARAGRAPHS.slice(2),
  ],
  lang: 'fr',
  published: '2024-03-05T11:00:00+01:00',
  site: 'Journal du Sud',
  fetchedAt: '2024-03-05T11:05:00Z',
};

/** Republished with the last paragraph trimmed. */
export const copyTrimmed: PageSpec = {
  url: 'https://www.quotidien.example/international/retrait-sahel',
  title: 'Retrait du Sahel : deux mille militaires concernés',
  paragraphs: DISPATCH_PARAGRAPHS.slice(0, 4),
  lang: 'fr',
  published: '2024-03-05T12:30:00+01:00',
  site: 'Le Quotidien',
  fetchedAt: '2024-03-05T12:35:00Z',
};

/** The same dispatch found on a site that carried it earlier than the agency page. */
export const copyEarlier: PageSpec = {
  url: 'https://radio.example/infos/sahel',
  title: 'Sahel : annonce du retrait des soldats français',
  paragraphs: DISPATCH_PARAGRAPHS,
  lang: 'fr',
  published: '2024-03-05T08:15:00+01:00',
  site: 'Radio Exemple',
  fetchedAt: '2024-03-05T13:00:00Z',
};

/** An independent report on the same event: same facts, its own words. */
export const sameEventOtherReport: PageSpec = {
  url: 'https://hebdo.example/analyse/sahel-fin-operation',
  title: 'Fin de la présence militaire au Sahel : ce qui change',
  paragraphs: [
    "Paris a confirmé ce mardi le départ de ses militaires du Sahel d'ici la fin mars. Le général Kallasse, qui commande l'opération, en a fait l'annonce à la presse.",
    "Pour les spécialistes de la région, ce désengagement était attendu depuis l'automne : les relations avec les autorités de transition s'étaient nettement dégradées au fil des mois.",
    'Quelque deux mille hommes vont rentrer en France par étapes. La base de Gao sera la première à fermer, suivie par les emprises plus au nord.',
    "Reste la question de la lutte contre les groupes armés, que les armées locales devront désormais mener seules, avec un appui limité au partage d'informations.",
  ],
  lang: 'fr',
  published: '2024-03-06T07:00:00+01:00',
  site: "L'Hebdo",
  fetchedAt: '2024-03-06T07:30:00Z',
};

export const englishReport: PageSpec = {
  url: 'https://www.dailyexample.co.uk/world/sahel-troops',
  title: 'France to withdraw troops from the Sahel',
  paragraphs: [
    'France announced on Tuesday that its troops would be withdrawn from the Sahel region by the end of March, General Kallassé said in a statement released in Paris.',
    'The withdrawal concerns about two thousand soldiers and will take place in three stages, starting with the base at Gao next week, according to the defence ministry.',
    'Aid organisations said they were worried about the safety of civilians once the soldiers have left, while the opposition called for a parliamentary debate.',
  ],
  lang: 'en',
  published: '2024-03-05T14:00:00+00:00',
  site: 'The Daily Example',
  fetchedAt: '2024-03-05T14:10:00Z',
};

export const englishOther: PageSpec = {
  url: 'https://www.dailyexample.co.uk/business/bridge',
  title: 'Council approves new bridge after decade of debate',
  paragraphs: [
    'The city council voted on Tuesday to approve the construction of a new bridge across the river, ending a debate that had lasted nearly a decade.',
    'The project, estimated to cost forty million euros, will connect the northern districts to the city centre; the council withdrew an earlier, costlier design in 2019.',
    "Residents' groups said they would keep opposing the plan, arguing that the money would be better spent on public transport and on repairing the old bridge.",
  ],
  lang: 'en',
  published: '2024-02-20T10:00:00+00:00',
  site: 'The Daily Example',
  fetchedAt: '2024-02-20T10:30:00Z',
};

/** Neither French nor English: indexed with the `simple` configuration. */
export const germanReport: PageSpec = {
  url: 'https://zeitung.example/politik/sahel',
  title: 'Frankreich zieht Soldaten aus der Sahelzone ab',
  paragraphs: [
    'Frankreich hat am Dienstag angekündigt, seine Soldaten bis Ende März aus dem Sahel abzuziehen. General Kallassé teilte dies in einer Erklärung in Paris mit, wie die Nachrichtenagentur meldete.',
    'Der Abzug betrifft rund zweitausend Soldaten und soll in drei Etappen erfolgen. Hilfsorganisationen äußerten sich besorgt über die Sicherheit der Zivilbevölkerung in der Region nach dem Abzug.',
    'Die Opposition in Paris forderte eine Debatte im Parlament über die Zukunft der französischen Militärpräsenz in Afrika und kritisierte die Entscheidung der Regierung als übereilt.',
  ],
  lang: 'de',
  published: '2024-03-07T10:00:00+01:00',
  site: 'Die Zeitung',
  fetchedAt: '2024-03-07T10:05:00Z',
};

/** A page without a publication date: filters fall back on its fetch time. */
export const undated: PageSpec = {
  url: 'https://blog.example/notes/sahel',
  title: 'Notes sur le Sahel',
  paragraphs: [
    "Quelques notes de lecture sur l'histoire récente de la région, ses frontières tracées à la règle et les routes commerciales qui la traversent depuis des siècles.",
    "Les caravanes reliaient autrefois les villes du fleuve aux ports de la Méditerranée, transportant le sel, l'or et les manuscrits que l'on conserve encore aujourd'hui.",
  ],
  lang: 'fr',
  published: null,
  site: 'Un blog',
  fetchedAt: '2024-03-08T18:00:00Z',
};
