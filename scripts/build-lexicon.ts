// Preprocess the raw lexicon files into the compact committed form that src/node/lexicon.ts loads fast.
// Run: npx tsx scripts/build-lexicon.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encodeCompactEn, encodeCompactZh, parseJiebaDict, parseWordList } from '../src/core/lexicon/lexicon';

const dir = resolve(import.meta.dirname, '..', 'resources', 'lexicon');
const zh = encodeCompactZh(parseJiebaDict(readFileSync(resolve(dir, 'zh-jieba-dict.txt'), 'utf8')));
const en = encodeCompactEn(parseWordList(readFileSync(resolve(dir, 'en-words.txt'), 'utf8')));
writeFileSync(resolve(dir, 'zh-words.compact.txt'), zh);
writeFileSync(resolve(dir, 'en-words.compact.txt'), en);
console.log(`wrote ${zh.length} + ${en.length} characters`);
