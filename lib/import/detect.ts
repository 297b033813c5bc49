/** What kind of CSV a file is, from its first bytes: text encoding and field delimiter. */

export type TextEncoding = 'utf-8' | 'windows-1252';

/**
 * UTF-8 (with or without a byte order mark) when the bytes decode as UTF-8, else Windows-1252,
 * the encoding of CSV files that Excel on Windows writes. A sample cut in the middle of a
 * character is not held against UTF-8.
 */
export function detectEncoding(sample: Uint8Array, complete: boolean): TextEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  try {
    // stream: a character cut off at the end of an incomplete sample is waited for, not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !complete });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** The delimiter that splits the header line most often outside quotes; a comma by default. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as Delimiter)) {
      counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
    }
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best[1] > 0 ? best[0] : ',';
}

export type LineEnding = '\r\n' | '\n' | '\r';

/**
 * The file's line ending: the first line break outside quotes. null while the text seen so far
 * has none (or ends on a CR that may be the first half of CRLF); a file of one line has '\n'.
 */
export function detectLineEnding(text: string, complete: boolean): LineEnding | null {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n') return '\n';
    else if (ch === '\r') {
      if (i + 1 < text.length) return text[i + 1] === '\n' ? '\r\n' : '\r';
      return complete ? '\r' : null;
    }
  }
  return complete ? '\n' : null;
}
