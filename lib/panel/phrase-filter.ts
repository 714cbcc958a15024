// Which phrases the Phrases tab shows: a view (all, favourites, recent, mine, one category),
// then the search query. Search with pinyin lives in lib/phrase-search, loaded on first use.
import type { Phrase, Usage } from '../db/types';

export type PhraseView =
  | { kind: 'all' }
  | { kind: 'favourites' }
  | { kind: 'recent' }
  | { kind: 'mine' }
  | { kind: 'category'; id: string };

export function phrasesInView(phrases: Phrase[], usage: Usage[], view: PhraseView): Phrase[] {
  switch (view.kind) {
    case 'all':
      return phrases;
    case 'favourites':
      return phrases.filter((p) => p.favourite);
    case 'mine':
      return phrases.filter((p) => p.source === 'user');
    case 'category':
      return phrases.filter((p) => p.category === view.id);
    case 'recent': {
      const byId = new Map(phrases.map((p) => [p.id, p]));
      return [...usage]
        .sort((a, b) => b.lastUsedAt - a.lastUsedAt)
        .map((u) => byId.get(u.phraseId))
        .filter((p): p is Phrase => p !== undefined);
    }
  }
}
