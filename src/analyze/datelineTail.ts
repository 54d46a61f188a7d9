/**
 * What follows a dateline's place in wire copy: a dash, after up to three of its region or
 * a date after a comma and an agency or a country in brackets ("BEIRUT —", "KENT, Ohio —",
 * "DAYTON, Ohio, Nov 21 (Reuters) -", "GISENYI (Rwanda), 2 novembre (AFP) —").
 * A word followed by it names a place, whatever else it looks like (an acronym, an organisation).
 */
export const DATELINE_TAIL = /^(?:\s*(?:,[^,—–\n()]{0,30}|\([^)\n]{0,30}\))){0,3}\s*[—–-]/u;

/** How much text after the word the tail is looked for in. */
export const DATELINE_REACH = 40;

/** Whether the text right after `end` is a dateline's tail. */
export function datelineTailAt(text: string, end: number): boolean {
  return DATELINE_TAIL.test(text.slice(end, end + DATELINE_REACH));
}
