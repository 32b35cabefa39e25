/** How long an article's body is, the way editors count: characters for Chinese, words for English. */

const cjkChar = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3ffff}]/u;

/** The length of some text: Chinese characters (punctuation included, spaces not), or words when it is mostly Latin. */
export function textLength(texts: readonly string[]): { readonly unit: 'chars' | 'words'; readonly n: number } {
  let cjk = 0;
  let chars = 0;
  let words = 0;
  for (const text of texts) {
    for (const char of text) {
      if (/\s/.test(char)) continue;
      chars++;
      if (cjkChar.test(char)) cjk++;
    }
    words += text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  }
  // One ideograph carries about as much as a short word: a text is Chinese when ideographs hold their share.
  return cjk * 4 >= chars - cjk ? { unit: 'chars', n: chars } : { unit: 'words', n: words };
}
