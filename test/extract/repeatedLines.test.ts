import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseLine, repeatedLines } from '../../src/extract/text/repeatedLines.js';

const doc = (...lines: string[]) => lines.join('\n');

test('normaliseLine trims and collapses whitespace', () => {
  assert.equal(normaliseLine('  Subscribe \t to\u00a0 our   newsletter  '), 'Subscribe to our newsletter');
});

test('a line shared by two documents is repeated', () => {
  const got = repeatedLines([
    doc('Title one', 'Body of the first story.', 'Follow us on Mastodon'),
    doc('Title two', 'Body of the second.', '  Follow us   on Mastodon '),
  ]);
  assert.deepEqual([...got], ['Follow us on Mastodon']);
});

test('with 3+ documents a line must appear in at least half of them', () => {
  const texts = [
    doc('A story', 'Footer line', 'Shared by two'),
    doc('B story', 'Footer line', 'Shared by two'),
    doc('C story', 'Footer line'),
    doc('D story', 'Footer line'),
    doc('E story'),
  ];
  // 5 docs → threshold 3: "Footer line" (4) yes, "Shared by two" (2) no.
  assert.deepEqual([...repeatedLines(texts)], ['Footer line']);
  // 4 docs → threshold 2.
  assert.deepEqual([...repeatedLines(texts.slice(0, 4))].sort(), ['Footer line', 'Shared by two']);
});

test('a single document, or none, yields nothing', () => {
  assert.equal(repeatedLines([]).size, 0);
  assert.equal(repeatedLines([doc('Only', 'Only', 'Only')]).size, 0);
});

test('a line repeated inside one document only counts once', () => {
  assert.equal(repeatedLines([doc('Advert', 'Advert', 'text one'), doc('text two')]).size, 0);
});

test('blank and very short lines are ignored', () => {
  const got = repeatedLines([doc('', '--', 'ok', '   ', 'Story one'), doc('', '--', 'ok', 'Story two')]);
  assert.equal(got.size, 0);
});

test('duplicated whole documents do not make their lines boilerplate', () => {
  const story = doc('Council votes budget', 'The council voted on Tuesday.', 'It passed 12 to 3.');
  assert.equal(repeatedLines([story, story]).size, 0);
  // Same document saved twice with different whitespace still counts once.
  assert.equal(repeatedLines([story, story.replace(/ /g, '  ') + '\n\n']).size, 0);
  // Duplicates plus a real second document: only the truly shared line is flagged.
  const other = doc('Mayor resigns', 'It passed 12 to 3.', 'More later.');
  assert.deepEqual([...repeatedLines([story, story, story, other])], ['It passed 12 to 3.']);
});

test('CRLF and CR line endings are handled', () => {
  assert.deepEqual([...repeatedLines(['One\r\nShared line\r\n', 'Two\rShared line'])], ['Shared line']);
});

test('a syndicated copy (new title, one line changed) is content, not template', () => {
  const body = [
    'Rebels withdrew on Monday from six districts of the eastern part of the city, a monitoring group said.',
    'The group said only two large districts and a handful of small ones were left to the insurgents.',
    'Residents described bodies lying in the streets and families sleeping in shops and on pavements.',
  ];
  const agency = doc('Advertise here', 'Rebels leave six districts', ...body, 'Advertise here');
  const copy = doc(
    'Advertise here',
    'Six districts abandoned by the rebels',
    ...body.slice(0, 2),
    'Residents spoke of bodies in the streets.',
    'Advertise here',
  );
  assert.equal(repeatedLines([agency, copy]).size, 0, 'two copies of one dispatch share no template');
  // A third, different story from the same site still shows the site's own lines.
  const other = doc(
    'Advertise here',
    'Storm closes the port',
    'The port was closed on Tuesday as winds reached 120 km/h.',
    'Advertise here',
  );
  assert.deepEqual([...repeatedLines([agency, copy, other])], ['Advertise here']);
});
