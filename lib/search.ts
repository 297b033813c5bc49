/**
 * What a person types into the explorer's search box, as an SQLite FTS5 query. Every word is
 * quoted, so FTS5's own syntax (AND, NEAR, column filters, stray quotes or parentheses) cannot
 * make a query fail: the words must all occur, in any order, in the subject or the description.
 * A word ending in * matches as a prefix ("transpos*" finds "transposed"); only on request,
 * because a prefix of a common word can match several times as many tickets, and cost as much.
 */
export const MAX_SEARCH_WORDS = 16;

export function toFtsQuery(text: string): string | null {
  const terms: string[] = [];
  for (const chunk of text.normalize('NFKC').split(/\s+/)) {
    // Letters and digits of any script make words; everything else separates them, as in the
    // tokenizer, so "PN-4471" is the two words "PN" and "4471".
    const words = chunk.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
    const prefix = chunk.endsWith('*');
    words.forEach((w, i) => terms.push(`"${w}"${prefix && i === words.length - 1 ? '*' : ''}`));
  }
  return terms.length === 0 ? null : terms.slice(0, MAX_SEARCH_WORDS).join(' ');
}
