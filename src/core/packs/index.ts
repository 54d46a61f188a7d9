import { en } from './en.js';
import { fr } from './fr.js';
import type { LanguagePack } from './pack.js';

export type { LanguagePack, BoilerplateReason } from './pack.js';

/** Every shipped pack. Adding a language: write `xx.ts` beside this file and list it here. */
export const PACKS: readonly LanguagePack[] = [fr, en];

export function packFor(language: string | null | undefined): LanguagePack | undefined {
  return PACKS.find((p) => p.code === language);
}
