/**
 * Property tests for extract(): it never throws, it never invents words, and it never
 * copies the title into the body text. These exercise the real extract pipeline.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decodeHTML } from 'entities';
import type { ExtractResult } from '../../src/core/article.js';
import { extract } from '../../src/extract/extract.js';

const RUNS = 200;

function checkShape(r: ExtractResult): void {
  assert.equal(typeof r, 'object');
  assert.equal(typeof r.ok, 'boolean');
  if (r.ok) {
    assert.ok(Array.isArray(r.blocks));
    assert.equal(typeof r.text, 'string');
  } else {
    assert.match(r.error.code, /^E_[A-Z_]+$/);
    assert.equal(typeof r.error.message, 'string');
  }
}

// ---------------------------------------------------------------------------------------
// Generators

const TAGS = [
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<article>',
  '</article>',
  '<main>',
  '</main>',
  '<section>',
  '</section>',
  '<h1>',
  '</h1>',
  '<h2>',
  '</h2>',
  '<h3>',
  '</h3>',
  '<title>',
  '</title>',
  '<head>',
  '</head>',
  '<body>',
  '</body>',
  '<html>',
  '</html>',
  '<!doctype html>',
  '<script>',
  '</script>',
  '<style>',
  '</style>',
  '<br>',
  '<br/>',
  '<hr>',
  '<ul>',
  '</ul>',
  '<ol>',
  '</ol>',
  '<li>',
  '</li>',
  '<blockquote>',
  '</blockquote>',
  '<figure>',
  '</figure>',
  '<figcaption>',
  '</figcaption>',
  '<img src="a.jpg" alt="A harbour at dawn">',
  '<a href="/x">',
  '</a>',
  '<b>',
  '</b>',
  '<em>',
  '</em>',
  '<span>',
  '</span>',
  '<nav>',
  '</nav>',
  '<footer>',
  '</footer>',
  '<aside>',
  '</aside>',
  '<table>',
  '<tr>',
  '<td>',
  '</td>',
  '</tr>',
  '</table>',
  '<pre>',
  '</pre>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<meta charset="utf-8">',
  '<meta name="author" content="Ann Writer">',
  '<time datetime="2024-02-03">',
  '</time>',
  '<p class="byline">',
  '<div class="share">',
  '<svg>',
  '</svg>',
  '<math>',
  '</math>',
  '<template>',
  '</template>',
  '<noscript>',
  '</noscript>',
  '<textarea>',
  '</textarea>',
  '<p',
  '<',
  '>',
  '/>',
  '="',
  "'",
];
const ENTITIES = [
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&nbsp;',
  '&eacute;',
  '&#233;',
  '&#x2014;',
  '&hellip;',
  '&amp',
  '&#0;',
  '&#xD800;',
  '&bogus;',
  '&',
];
const WORDS = [
  'the',
  'council',
  'voted',
  'on',
  'tuesday',
  'to',
  'approve',
  'a',
  'new',
  'bridge',
  'across',
  'river',
  'city',
  'said',
  'mayor',
  'project',
  'cost',
  'million',
  'euros',
  'years',
  'residents',
  'plan',
  'traffic',
  'spring',
  'Paris',
  'Lyon',
  'élus',
  'déjà',
  'ça',
  'Straße',
  '東京',
  '2024',
  '40',
  '—',
  '“quoted”',
  'it’s',
  'well-known',
];

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 40 }).map((ws) => `${ws.join(' ')}.`);

const htmlish = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...TAGS) },
      { weight: 3, arbitrary: sentence },
      { weight: 1, arbitrary: fc.constantFrom(...ENTITIES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
      { weight: 1, arbitrary: fc.constantFrom('\n', '\n\n', '  ', '\t', '\r\n') },
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

// ---------------------------------------------------------------------------------------
// "No invented words": every word of every block occurs in the input, once entities are
// decoded, tags are dropped (inline tags may glue words) and invisible characters that
// the extractor may legitimately remove are removed.

function clean(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\p{Cf}]/gu, '')
    .replace(/[^\S\n]*[\p{Cc}][^\S\n]*/gu, (m) => (/\s/.test(m) ? m : ''))
    .replace(/\s+/g, ' ');
}

function haystacks(input: string): string[] {
  const out: string[] = [];
  for (const base of [input, decodeHTML(input)]) {
    for (const v of [base, base.replace(/<[^>]*>/g, ''), base.replace(/<[^>]*>/g, ' '), base.replace(/-\s*\n\s*/g, '')]) {
      out.push(clean(v), clean(v).replace(/ /g, ''));
    }
  }
  return out;
}

function wordsOf(text: string): string[] {
  return clean(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

function assertNoInventedWords(input: string, r: ExtractResult): void {
  if (!r.ok) return;
  const hay = haystacks(input);
  for (const block of r.blocks) {
    for (const w of wordsOf(block.text)) {
      assert.ok(
        hay.some((h) => h.includes(w)),
        `word ${JSON.stringify(w)} of ${block.kind} block ${JSON.stringify(block.text.slice(0, 80))} is not in the input`,
      );
    }
  }
}

describe('extract() properties', () => {
  test('never throws on arbitrary ASCII strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const r = extract(s);
        checkShape(r);
        assertNoInventedWords(s, r);
      }),
      { numRuns: RUNS },
    );
  });

  test('never throws on arbitrary full-Unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const r = extract(s);
        checkShape(r);
        assertNoInventedWords(s, r);
      }),
      { numRuns: RUNS },
    );
  });

  test('never throws on HTML-ish strings, and never invents words', () => {
    fc.assert(
      fc.property(htmlish, (s) => {
        const r = extract(s);
        checkShape(r);
        assertNoInventedWords(s, r);
      }),
      { numRuns: RUNS },
    );
  });

  test('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (b) => {
        checkShape(extract(b));
      }),
      { numRuns: RUNS },
    );
  });

  test('never throws on HTML-ish bytes in assorted charsets, declared or not', () => {
    const charsets = ['utf-8', 'windows-1252', 'iso-8859-2', 'shift_jis', 'utf-16le', 'koi8-r'];
    fc.assert(
      fc.property(htmlish, fc.constantFrom(...charsets), fc.constantFrom('none', 'meta', 'header', 'bom'), (s, cs, how) => {
        const body = how === 'meta' ? `<meta charset="${cs}">${s}` : how === 'bom' ? `\ufeff${s}` : s;
        const bytes = iconv.encode(body, cs, { addBOM: false });
        checkShape(extract(bytes, how === 'header' ? { contentType: `text/html; charset=${cs}` } : {}));
      }),
      { numRuns: RUNS },
    );
  });

  // ---------------------------------------------------------------------------------------
  // The title must not leak into `text`. Title words come from a vocabulary disjoint from
  // the body's, so any of them in the text is a leak unless the body really contains it.

  const TITLE_WORDS = ['Zorblax', 'Quintaroo', 'Vexmund', 'Plovitch', 'Granthor', 'Yeskel', 'Ombrith', 'Kestavan'];
  const BODY_WORDS = WORDS.filter((w) => /^[\p{Ll}\d]/u.test(w));
  const para = fc.array(fc.constantFrom(...BODY_WORDS), { minLength: 15, maxLength: 45 }).map((ws) => `${ws.join(' ')}.`);
  const page = fc.record({
    title: fc.array(fc.constantFrom(...TITLE_WORDS), { minLength: 2, maxLength: 6 }).map((ws) => ws.join(' ')),
    paras: fc.array(para, { minLength: 2, maxLength: 8 }),
    where: fc.constantFrom('title', 'h1-in-article', 'h1-before-article', 'both', 'og+h1'),
    titleInBody: fc.boolean(),
    wrapper: fc.constantFrom('article', 'main', 'div'),
  });

  test('`text` never contains the title when the body does not', () => {
    fc.assert(
      fc.property(page, (p) => {
        const head = [
          '<meta charset="utf-8">',
          p.where === 'title' || p.where === 'both' ? `<title>${p.title}</title>` : '<title>Site</title>',
          p.where === 'og+h1' ? `<meta property="og:title" content="${p.title}">` : '',
        ].join('');
        const h1 = `<h1>${p.title}</h1>`;
        const body = p.paras.map((t) => `<p>${t}</p>`);
        if (p.titleInBody) body.splice(1, 0, `<p>Readers asked about ${p.title} again.</p>`);
        const inner = (p.where === 'h1-in-article' || p.where === 'both' || p.where === 'og+h1' ? h1 : '') + body.join('\n');
        const html = `<!doctype html><html><head>${head}</head><body><nav><a href="/">Home</a></nav>${
          p.where === 'h1-before-article' ? h1 : ''
        }<${p.wrapper}>${inner}</${p.wrapper}><footer>Contact us</footer></body></html>`;
        const r = extract(html);
        checkShape(r);
        assertNoInventedWords(html, r);
        if (!r.ok || p.titleInBody) return;
        assert.ok(!r.text.includes(p.title), `text contains the title ${JSON.stringify(p.title)}`);
        if (r.title !== null && TITLE_WORDS.some((w) => r.title!.includes(w))) {
          assert.ok(!r.text.includes(r.title), `text contains the title ${JSON.stringify(r.title)}`);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
