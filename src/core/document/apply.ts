import type { Article, BlockRole, Command, HeadRole, IssueDocument, Paragraph, Piece, Removal } from '../model';
import { assertNever } from '../assert-never';
import { normalizePieces, slicePieces, traceParagraph } from './paragraph-text';
import { allParagraphs, isSourceHeldBy } from './source-coverage';

/** The outcome of applying one command: the new document, or the unchanged one and why nothing happened. */
export type ApplyOutcome =
  | { readonly applied: true; readonly doc: IssueDocument }
  | { readonly applied: false; readonly doc: IssueDocument; readonly problem: string };

type Slot = HeadRole | 'body' | 'caption';

interface Location {
  readonly articleIndex: number;
  readonly slot: Slot;
  /** Index within paragraphs or captions; 0 for head fields. */
  readonly index: number;
  readonly paragraph: Paragraph;
}

const headRoles: readonly HeadRole[] = ['kicker', 'headline', 'subheadline', 'byline'];

/**
 * Arrays and documents made during the current `applyCommands` run that nothing outside it can see yet:
 * later commands of the run change them in place instead of copying (a 1 MB issue starts as one article
 * of thousands of paragraphs, and copying it for each of thousands of automatic fixes dominated replay).
 * Null outside a run, so `applyCommand` on its own always copies and stays pure.
 */
let owned: WeakSet<object> | null = null;

function isOwned(value: object): boolean {
  return owned !== null && owned.has(value);
}

function own<T extends object>(value: T): T {
  owned?.add(value);
  return value;
}

/**
 * Where the last paragraph was found. Commands of a replay mostly touch paragraphs near each other in
 * the issue's order, so the search starts there; ids are unique, so where it starts never changes what
 * it finds.
 */
let lastArticle = 0;
let lastIndex = 0;

function locateIn(article: Article, articleIndex: number, id: string, from: number): Location | null {
  for (let r = 0; r < headRoles.length; r++) {
    const role = headRoles[r];
    const p = article[role];
    if (p !== null && p.id === id) return { articleIndex, slot: role, index: 0, paragraph: p };
  }
  // Outwards from `from`, both ways: the paragraph wanted is usually a neighbour of the last one found.
  const body = article.paragraphs;
  const n = body.length;
  const start = Math.min(from, n);
  for (let d = 0; start + d < n || start - d > 0; d++) {
    const after = start + d;
    if (after < n && body[after].id === id) return { articleIndex, slot: 'body', index: after, paragraph: body[after] };
    const before = start - d - 1;
    if (before >= 0 && body[before].id === id) return { articleIndex, slot: 'body', index: before, paragraph: body[before] };
  }
  const captions = article.captions;
  for (let i = 0; i < captions.length; i++) if (captions[i].id === id) return { articleIndex, slot: 'caption', index: i, paragraph: captions[i] };
  return null;
}

/** Find where a paragraph stands. */
export function locateParagraph(doc: IssueDocument, id: string): Location | null {
  // Plain loops: replaying thousands of automatic fixes on a large issue spends much of its time here.
  const articles = doc.articles;
  const n = articles.length;
  const first = lastArticle < n ? lastArticle : 0;
  for (let k = 0; k < n; k++) {
    const a = (first + k) % n;
    const found = locateIn(articles[a], a, id, k === 0 ? lastIndex : 0);
    if (found) {
      lastArticle = a;
      lastIndex = found.index;
      return found;
    }
  }
  return null;
}

function withArticle(doc: IssueDocument, index: number, article: Article): IssueDocument {
  if (isOwned(doc.articles)) {
    (doc.articles as Article[])[index] = article;
    return isOwned(doc) ? doc : own({ ...doc });
  }
  const articles = own(doc.articles.slice());
  articles[index] = article;
  return own({ ...doc, articles });
}

function without<T extends object>(list: readonly T[], index: number): T[] {
  const result = isOwned(list) ? (list as T[]) : own(list.slice());
  result.splice(index, 1);
  return result;
}

/** `list` with `item` at `index` instead of what stood there. */
function replacing<T extends object>(list: readonly T[], index: number, item: T): T[] {
  const result = isOwned(list) ? (list as T[]) : own(list.slice());
  result[index] = item;
  return result;
}

/** The removed pile with one more removal. */
function withRemoval(doc: IssueDocument, removal: Removal): IssueDocument {
  const removed = isOwned(doc.removed) ? (doc.removed as Removal[]) : own(doc.removed.slice());
  removed.push(removal);
  removedIds.get(removed)?.add(removal.id);
  if (isOwned(doc)) {
    (doc as { removed: readonly Removal[] }).removed = removed;
    return doc;
  }
  return own({ ...doc, removed });
}

function withoutAt(article: Article, location: Location): Article {
  switch (location.slot) {
    case 'body':
      return { ...article, paragraphs: without(article.paragraphs, location.index) };
    case 'caption':
      return { ...article, captions: without(article.captions, location.index) };
    case 'kicker':
    case 'headline':
    case 'subheadline':
    case 'byline':
      return { ...article, [location.slot]: null };
    default:
      return assertNever(location.slot);
  }
}

function replaceAt(article: Article, location: Location, paragraph: Paragraph): Article {
  switch (location.slot) {
    case 'body':
      return { ...article, paragraphs: replacing(article.paragraphs, location.index, paragraph) };
    case 'caption':
      return { ...article, captions: replacing(article.captions, location.index, paragraph) };
    case 'kicker':
    case 'headline':
    case 'subheadline':
    case 'byline':
      return { ...article, [location.slot]: paragraph };
    default:
      return assertNever(location.slot);
  }
}

/** Where a paragraph begins in the source (typed-only paragraphs sort last). */
export function firstSourceOffset(paragraph: Paragraph): number {
  for (const piece of paragraph.pieces) if (piece.kind === 'source') return piece.start;
  return Number.MAX_SAFE_INTEGER;
}

function insertBySourceOrder(list: readonly Paragraph[], paragraph: Paragraph): Paragraph[] {
  const at = firstSourceOffset(paragraph);
  const index = list.findIndex((p) => firstSourceOffset(p) > at);
  const result = list.slice();
  result.splice(index < 0 ? result.length : index, 0, paragraph);
  return result;
}

const nonSpace = /\S/;

/** Whether a paragraph shows only whitespace; unwrapping only turns whitespace into whitespace, so the source is read directly. */
function isEmpty(source: string, paragraph: Paragraph): boolean {
  for (const piece of paragraph.pieces) {
    if (piece.kind === 'typed') {
      if (nonSpace.test(piece.text)) return false;
    } else {
      for (let i = piece.start; i < piece.end; i++) if (nonSpace.test(source.charAt(i))) return false;
    }
  }
  return true;
}

function skip(doc: IssueDocument, problem: string): ApplyOutcome {
  return { applied: false, doc, problem };
}

/** Offsets come from stored, possibly hand-edited sidecars: only whole non-negative numbers are ranges. */
function isOffset(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The ids of a removed pile, built once per pile: a pile outside a run never changes, and one added to
 * in place inside a run is kept up to date by `withRemoval`.
 */
const removedIds = new WeakMap<readonly Removal[], Set<string>>();

function isRemovalIdTaken(doc: IssueDocument, id: string): boolean {
  // A short pile is scanned: building a set would cost more than it saves.
  if (doc.removed.length < 16) return doc.removed.some((r) => r.id === id);
  let ids = removedIds.get(doc.removed);
  if (!ids) {
    ids = new Set(doc.removed.map((r) => r.id));
    removedIds.set(doc.removed, ids);
  }
  return ids.has(id);
}

/** A removal id not yet in the pile: `base`, else `base~2`, `base~3`… (deterministic, so replay agrees). */
function freshRemovalId(doc: IssueDocument, base: string): string {
  if (!isRemovalIdTaken(doc, base)) return base;
  let n = 2;
  while (isRemovalIdTaken(doc, `${base}~${n}`)) n++;
  return `${base}~${n}`;
}

/**
 * Inside an `applyCommands` run: every paragraph and article id the run's documents have held (a
 * superset of the current ones), built on first use. An id not in it is certainly free, so checking a
 * new id does not search the whole issue; one in it is looked up. Null outside a run. The paragraph
 * ids are those of the run's first document (`paragraphIdsAt`) plus those made since.
 */
let knownParagraphIds: { readonly start: ReadonlySet<string>; readonly made: Set<string> } | null = null;
let knownArticleIds: Set<string> | null = null;
/** The document the current run started from. */
let runStart: IssueDocument | null = null;

/**
 * The paragraph ids of the last two documents runs started from: a decision and its undo, or a reject
 * and the accept after it, resume from the same kept document, and listing a 50 MB issue's ids took
 * longer than the rest of such a replay.
 */
const startIds: { doc: WeakRef<IssueDocument>; ids: ReadonlySet<string> }[] = [];

function paragraphIdsAt(doc: IssueDocument): ReadonlySet<string> {
  const known = startIds.find((entry) => entry.doc.deref() === doc);
  if (known) return known.ids;
  const ids = new Set<string>();
  for (const article of doc.articles) {
    for (const role of headRoles) {
      const field = article[role];
      if (field) ids.add(field.id);
    }
    for (const p of article.paragraphs) ids.add(p.id);
    for (const p of article.captions) ids.add(p.id);
  }
  // Weakly held: a closed issue's documents are not kept alive by this.
  startIds.unshift({ doc: new WeakRef(doc), ids });
  startIds.length = Math.min(startIds.length, 2);
  return ids;
}

/** Ids must stay unique, or later commands would act on whichever paragraph happens to be found first. */
function newParagraphProblem(doc: IssueDocument, id: string): string | null {
  if (owned !== null && runStart !== null) {
    // Every new paragraph is checked here first, so adding a free id keeps the set a superset.
    knownParagraphIds ??= { start: paragraphIdsAt(runStart), made: new Set() };
    if (!knownParagraphIds.made.has(id) && !knownParagraphIds.start.has(id)) {
      knownParagraphIds.made.add(id);
      return null;
    }
  }
  return locateParagraph(doc, id) ? `paragraph ${id} already exists` : null;
}

/** Whether an article id is in use (new articles are checked here first, like paragraphs). */
function isArticleIdTaken(doc: IssueDocument, id: string): boolean {
  if (owned !== null) {
    knownArticleIds ??= new Set(doc.articles.map((a) => a.id));
    if (!knownArticleIds.has(id)) {
      knownArticleIds.add(id);
      return false;
    }
  }
  return doc.articles.some((a) => a.id === id);
}

/**
 * Put `field` into head slot `role` of the article at `articleIndex` (already without the paragraph
 * being moved). The old occupant goes to the top of the body unless it only duplicates text held
 * elsewhere (a field filled from body text); typed text is never dropped.
 */
function fillField(doc: IssueDocument, articleIndex: number, article: Article, role: HeadRole, field: Paragraph): IssueDocument {
  const occupant = article[role];
  const filled: Article = { ...article, [role]: field };
  const next = withArticle(doc, articleIndex, filled);
  if (!occupant || isDuplicate(next, occupant, allParagraphs(next))) return next;
  return withArticle(next, articleIndex, { ...filled, paragraphs: [occupant, ...filled.paragraphs] });
}

/** Whether dropping `paragraph` loses nothing: no typed text and every source character held by `holders`. */
function isDuplicate(doc: IssueDocument, paragraph: Paragraph, holders: readonly Paragraph[]): boolean {
  const typed = paragraph.pieces.some((piece) => piece.kind === 'typed' && piece.text.trim() !== '');
  return !typed && isSourceHeldBy(doc.source, paragraph, holders);
}

/** Apply one command to a document. Pure: the input document is never changed. */
export function applyCommand(doc: IssueDocument, command: Command): ApplyOutcome {
  switch (command.kind) {
    case 'remove-text':
      if (isRemovalIdTaken(doc, command.removalId)) return skip(doc, `removal ${command.removalId} already exists`);
      return removeText(doc, command.paragraph, command.start, command.end, (pieces) => ({
        id: command.removalId,
        paragraph: { id: command.removalId, pieces },
        kind: command.removal,
        reason: command.reason,
      }));
    case 'join':
      return join(doc, command.first, command.second, command.separator ?? '');
    case 'split-paragraph':
      return splitParagraph(doc, command.paragraph, command.at, command.newParagraph);
    case 'move-paragraph':
      return moveParagraph(doc, command.paragraph, command.after, command.article);
    case 'set-role':
      if (command.removalId !== undefined && isRemovalIdTaken(doc, command.removalId))
        return skip(doc, `removal ${command.removalId} already exists`);
      return setRole(doc, command.paragraph, command.role, command.removalId ?? freshRemovalId(doc, `r-${command.paragraph}`));
    case 'set-field-from-text':
      return setFieldFromText(doc, command.paragraph, command.role, command.start, command.end, command.newParagraph);
    case 'split-article':
      return splitArticle(doc, command.at, command.newArticle);
    case 'merge-article':
      return mergeArticle(doc, command.article);
    case 'move-article': {
      const from = doc.articles.findIndex((a) => a.id === command.article);
      if (from < 0) return skip(doc, `article ${command.article} not found`);
      const rest = doc.articles.filter((_, i) => i !== from);
      const afterIndex = command.after === null ? -1 : rest.findIndex((a) => a.id === command.after);
      if (command.after !== null && afterIndex < 0) return skip(doc, `article ${command.after} not found`);
      rest.splice(afterIndex + 1, 0, doc.articles[from]);
      return { applied: true, doc: { ...doc, articles: rest } };
    }
    case 'edit-text':
      return editText(doc, command.paragraph, command.text);
    case 'restore':
      return restore(doc, command.removal, command.newParagraph);
    case 'set-meta':
      return { applied: true, doc: { ...doc, meta: { ...doc.meta, ...command.meta } } };
    default:
      return assertNever(command);
  }
}

/** What `applyCommands` reports for each command, in order. */
export type StepVisitor = (index: number, outcome: ApplyOutcome) => void;

/** Whether `applyCommands` applies the command at `index`, asked with the document it would apply to (valid only during the call). */
export type StepFilter = (index: number, doc: IssueDocument) => boolean;

const includeAll: StepFilter = () => true;

/** The problem reported for a command a `StepFilter` left out. */
export const LEFT_OUT = 'left out';

/**
 * Apply commands one after another, exactly as repeated `applyCommand` would, but faster: arrays made by
 * one command are changed in place by the next instead of copied. Documents in between are therefore
 * only valid inside `visit` (and `include`, which may leave a command out), except those after the steps `keep` asks for (and the result), which are
 * never changed afterwards. The input document is never changed. A block of consecutive article splits
 * is applied at once (see `splitArticlesAtOnce`), and so is a long block of consecutive joins and text
 * removals (`applyEditBlock`): `include` is then asked about each before any of them applies, and
 * `visit` sees the document after the whole block for each.
 */
export function applyCommands(
  doc: IssueDocument,
  commands: readonly Command[],
  keep: (index: number) => boolean,
  visit: StepVisitor,
  include: StepFilter = includeAll,
): IssueDocument {
  const outer = { owned, knownParagraphIds, knownArticleIds, runStart };
  runStart = doc;
  owned = new WeakSet();
  knownParagraphIds = null;
  knownArticleIds = null;
  try {
    for (let i = 0; i < commands.length; ) {
      const end = splitBlockEnd(commands, i, keep);
      const editEnd = editBlockEnd(commands, i, keep);
      if (end - i >= SPLIT_BLOCK_MIN) {
        doc = applySplitBlock(doc, commands, i, end, visit, include);
        i = end;
      } else if (editEnd - i >= EDIT_BLOCK_MIN) {
        doc = applyEditBlock(doc, commands, i, editEnd, visit, include);
        i = editEnd;
      } else {
        const outcome = include(i, doc) ? applyCommand(doc, commands[i]) : { applied: false as const, doc, problem: LEFT_OUT };
        doc = outcome.doc;
        visit(i, outcome);
        i++;
      }
      // A kept document must not change: what later commands make is owned afresh.
      if (keep(i - 1)) owned = new WeakSet();
    }
  } finally {
    ({ owned, knownParagraphIds, knownArticleIds, runStart } = outer);
  }
  return doc;
}

/** Fewest consecutive article splits applied as one block: below it, one at a time costs no more. */
const SPLIT_BLOCK_MIN = 8;

/** The end (exclusive) of the run of article splits starting at `start`, cut after any step whose document is kept. */
function splitBlockEnd(commands: readonly Command[], start: number, keep: (index: number) => boolean): number {
  let end = start;
  while (end < commands.length && commands[end].kind === 'split-article') {
    end++;
    if (keep(end - 1)) break;
  }
  return end;
}

/** Apply commands [start, end), all article splits, at once where that gives the same document, else one by one. */
function applySplitBlock(
  doc: IssueDocument,
  commands: readonly Command[],
  start: number,
  end: number,
  visit: StepVisitor,
  include: StepFilter,
): IssueDocument {
  const included: boolean[] = [];
  const splits: SplitArticle[] = [];
  for (let k = start; k < end; k++) {
    const command = commands[k];
    included.push(include(k, doc));
    if (included[k - start] && command.kind === 'split-article') splits.push(command);
  }
  const result = splitArticlesAtOnce(doc, splits);
  for (let k = start; k < end; k++) {
    if (!included[k - start]) visit(k, { applied: false, doc: result ?? doc, problem: LEFT_OUT });
    else if (result) visit(k, { applied: true, doc: result });
    else {
      const outcome = applyCommand(doc, commands[k]);
      doc = outcome.doc;
      visit(k, outcome);
    }
  }
  return result ?? doc;
}

type SplitArticle = Extract<Command, { kind: 'split-article' }>;

/** Fewest consecutive joins and text removals applied as one block: below it, one at a time costs no more. */
const EDIT_BLOCK_MIN = 16;

/** The end (exclusive) of the run of joins and text removals starting at `start`, cut after any kept step. */
function editBlockEnd(commands: readonly Command[], start: number, keep: (index: number) => boolean): number {
  let end = start;
  while (end < commands.length && (commands[end].kind === 'join' || commands[end].kind === 'remove-text')) {
    end++;
    if (keep(end - 1)) break;
  }
  return end;
}

/** Lookups after which `applyEditBlock` indexes every paragraph instead of searching for each. */
const EDIT_BLOCK_INDEX_FROM = 64;

/** Where every paragraph of a document stands, by id. */
function placesIn(doc: IssueDocument): Map<string, Place> {
  const places = new Map<string, Place>();
  doc.articles.forEach((article, a) => {
    for (const role of headRoles) {
      const field = article[role];
      if (field) places.set(field.id, { article: a, slot: role, index: 0 });
    }
    article.paragraphs.forEach((p, i) => places.set(p.id, { article: a, slot: 'body', index: i }));
    article.captions.forEach((p, i) => places.set(p.id, { article: a, slot: 'caption', index: i }));
  });
  return places;
}

/** Where a paragraph stands, for `applyEditBlock`. */
interface Place {
  readonly article: number;
  readonly slot: Slot;
  readonly index: number;
}

/**
 * `list` with the paragraphs at `places` replaced by their changed versions, or taken out (null). A list
 * owned by the run is compacted in place from the first change on: one pass, where taking paragraphs out
 * one at a time moved everything after each of them.
 */
function withChanges(list: readonly Paragraph[], places: readonly Place[], changed: ReadonlyMap<string, Paragraph | null>): Paragraph[] {
  const result = isOwned(list) ? (list as Paragraph[]) : own(list.slice());
  const indices = places.map((place) => place.index).sort((x, y) => x - y);
  let write = indices[0];
  let next = 0;
  for (let read = indices[0]; read < result.length; read++) {
    let paragraph: Paragraph | null | undefined = result[read];
    if (next < indices.length && indices[next] === read) {
      next++;
      paragraph = changed.get(paragraph.id);
      if (paragraph === null || paragraph === undefined) continue;
    }
    result[write++] = paragraph;
  }
  result.length = write;
  return result;
}

/**
 * Joins and text removals [start, end) applied as one block: each command records the paragraphs it
 * changes, and every article it touched is rebuilt once at the end. One at a
 * time, each took its paragraph out of a list of up to the whole issue (before the article splits, an
 * issue is one article), a move of everything after it. Same outcomes, problems and document as one
 * by one.
 */
function applyEditBlock(
  doc: IssueDocument,
  commands: readonly Command[],
  start: number,
  end: number,
  visit: StepVisitor,
  include: StepFilter,
): IssueDocument {
  // The document does not change until the block ends, so places found in it stay right. A short block
  // finds them by searching from the last one found; a long one indexes the issue once (its commands
  // can go back and forth: a duplicate block and its original stand far apart).
  let index: Map<string, Place> | null = null;
  let lookups = 0;
  const placeOf = (id: string): Place | null => {
    if (index === null && ++lookups > EDIT_BLOCK_INDEX_FROM) index = placesIn(doc);
    if (index !== null) return index.get(id) ?? null;
    const at = locateParagraph(doc, id);
    return at ? { article: at.articleIndex, slot: at.slot, index: at.index } : null;
  };
  /** Paragraphs changed in the block, by id; null: taken out. */
  const changed = new Map<string, Paragraph | null>();
  /** Per article touched, the places changed in it. */
  const touched = new Map<number, Place[]>();
  const removals: Removal[] = [];
  const newRemovalIds = new Set<string>();
  const current = (id: string): Paragraph | null => {
    const now = changed.get(id);
    if (now !== undefined) return now;
    const place = placeOf(id);
    if (!place) return null;
    const article = doc.articles[place.article];
    return place.slot === 'body' ? article.paragraphs[place.index] : place.slot === 'caption' ? article.captions[place.index] : article[place.slot];
  };
  const set = (id: string, paragraph: Paragraph | null): void => {
    const place = placeOf(id) as Place;
    if (!changed.has(id)) {
      const places = touched.get(place.article);
      if (places) places.push(place);
      else touched.set(place.article, [place]);
    }
    changed.set(id, paragraph);
  };
  const problems: (string | null)[] = [];
  for (let k = start; k < end; k++) {
    const command = commands[k];
    if (!include(k, doc)) problems.push(LEFT_OUT);
    else if (command.kind === 'join') {
      const second = current(command.second);
      const first = current(command.first);
      if (command.first === command.second) problems.push('cannot join a paragraph to itself');
      else if (!first || !second) problems.push(`paragraph ${command.first} or ${command.second} not found`);
      else {
        const glue: Piece[] = command.separator ? [{ kind: 'typed', text: command.separator }] : [];
        set(command.second, null);
        set(command.first, { ...first, pieces: [...first.pieces, ...glue, ...second.pieces] });
        problems.push(null);
      }
    } else if (command.kind === 'remove-text') {
      const paragraph = current(command.paragraph);
      const { start: from, end: to } = command;
      if (newRemovalIds.has(command.removalId) || isRemovalIdTaken(doc, command.removalId)) problems.push(`removal ${command.removalId} already exists`);
      else if (!paragraph) problems.push(`paragraph ${command.paragraph} not found`);
      else if (!isOffset(from) || !isOffset(to)) problems.push(`range ${from}-${to} is not a source range`);
      else if (!(from < to)) problems.push('empty range');
      else {
        const { kept, cut } = cutRange(paragraph, from, to);
        if (cut.length === 0) problems.push(`range ${from}-${to} is not in paragraph ${command.paragraph}`);
        else {
          const remaining: Paragraph = { ...paragraph, pieces: kept };
          set(command.paragraph, isEmpty(doc.source, remaining) ? null : remaining);
          removals.push({ id: command.removalId, paragraph: { id: command.removalId, pieces: cut }, kind: command.removal, reason: command.reason });
          newRemovalIds.add(command.removalId);
          problems.push(null);
        }
      }
    } else problems.push(`${command.kind} in a block of joins`);
  }
  let next = doc;
  for (const [a, changedPlaces] of touched) {
    const article = next.articles[a];
    let rebuilt: Article = article;
    for (const role of headRoles) {
      const field = article[role];
      const now = field ? changed.get(field.id) : undefined;
      if (field && now !== undefined) rebuilt = { ...rebuilt, [role]: now };
    }
    const inBody = changedPlaces.filter((place) => place.slot === 'body');
    const inCaptions = changedPlaces.filter((place) => place.slot === 'caption');
    if (inBody.length > 0) rebuilt = { ...rebuilt, paragraphs: withChanges(article.paragraphs, inBody, changed) };
    if (inCaptions.length > 0) rebuilt = { ...rebuilt, captions: withChanges(article.captions, inCaptions, changed) };
    next = withArticle(next, a, rebuilt);
  }
  for (const removal of removals) next = withRemoval(next, removal);
  for (let k = start; k < end; k++) {
    const problem = problems[k - start];
    visit(k, problem === null ? { applied: true, doc: next } : { applied: false, doc: next, problem });
  }
  return next;
}

/** Whether an article id is in use, without claiming it (see isArticleIdTaken). */
function isArticleIdInUse(doc: IssueDocument, id: string): boolean {
  if (owned !== null) {
    knownArticleIds ??= new Set(doc.articles.map((a) => a.id));
    if (!knownArticleIds.has(id)) return false;
  }
  return doc.articles.some((a) => a.id === id);
}

/**
 * Article splits applied at once: each article is cut at all its split points in one pass, so a long
 * article cut into thousands costs its length once rather than once per cut (one at a time, each cut
 * moved the whole remaining tail: replaying an issue of 200 000 short lines was quadratic in articles).
 * Gives exactly what applying them one by one gives, or null where it might not (the caller then does
 * that): every new id free and distinct, every split point a body paragraph, each article's split
 * points in the order they stand.
 */
function splitArticlesAtOnce(doc: IssueDocument, splits: readonly SplitArticle[]): IssueDocument | null {
  if (owned === null) return null;
  const newIds = new Set<string>();
  const cuts = new Map<number, { index: number; id: string }[]>();
  for (const split of splits) {
    if (newIds.has(split.newArticle) || isArticleIdInUse(doc, split.newArticle)) return null;
    newIds.add(split.newArticle);
    const at = locateParagraph(doc, split.at);
    if (!at || at.slot !== 'body') return null;
    let list = cuts.get(at.articleIndex);
    if (!list) cuts.set(at.articleIndex, (list = []));
    if (list.length > 0 && list[list.length - 1].index >= at.index) return null;
    list.push({ index: at.index, id: split.newArticle });
  }
  const articles: Article[] = own([]);
  doc.articles.forEach((article, index) => {
    const list = cuts.get(index);
    if (!list) {
      articles.push(article);
      return;
    }
    const body = article.paragraphs;
    const bounds = list.map((cut) => firstSourceOffset(body[cut.index]));
    // Captions go as one split after another would send them: those from each split point on move on.
    let rest = article.captions.filter((c) => firstSourceOffset(c) >= bounds[0]);
    articles.push({ ...article, paragraphs: own(body.slice(0, list[0].index)), captions: article.captions.filter((c) => firstSourceOffset(c) < bounds[0]) });
    list.forEach((cut, k) => {
      const last = k + 1 === list.length;
      const captions = last ? rest : rest.filter((c) => firstSourceOffset(c) < bounds[k + 1]);
      if (!last) rest = rest.filter((c) => firstSourceOffset(c) >= bounds[k + 1]);
      const paragraphs = own(body.slice(cut.index, last ? body.length : list[k + 1].index));
      articles.push({ id: cut.id, kicker: null, headline: null, subheadline: null, byline: null, paragraphs, captions });
    });
  });
  for (const id of newIds) knownArticleIds?.add(id);
  return own({ ...doc, articles });
}

/** A paragraph's pieces outside source range [start, end), and the pieces of the range it holds. */
function cutRange(paragraph: Paragraph, start: number, end: number): { readonly kept: Piece[]; readonly cut: Piece[] } {
  const kept: Piece[] = [];
  const cut: Piece[] = [];
  for (const piece of paragraph.pieces) {
    if (piece.kind === 'typed' || piece.end <= start || piece.start >= end) {
      kept.push(piece);
      continue;
    }
    if (piece.start < start) kept.push({ kind: 'source', start: piece.start, end: start });
    cut.push({ kind: 'source', start: Math.max(piece.start, start), end: Math.min(piece.end, end) });
    if (piece.end > end) kept.push({ kind: 'source', start: end, end: piece.end });
  }
  return { kept, cut };
}

function removeText(
  doc: IssueDocument,
  paragraphId: string,
  start: number,
  end: number,
  makeRemoval: (pieces: Piece[]) => Removal,
): ApplyOutcome {
  const at = locateParagraph(doc, paragraphId);
  if (!at) return skip(doc, `paragraph ${paragraphId} not found`);
  if (!isOffset(start) || !isOffset(end)) return skip(doc, `range ${start}-${end} is not a source range`);
  if (!(start < end)) return skip(doc, 'empty range');
  const { kept, cut } = cutRange(at.paragraph, start, end);
  if (cut.length === 0) return skip(doc, `range ${start}-${end} is not in paragraph ${paragraphId}`);
  const article = doc.articles[at.articleIndex];
  const remaining: Paragraph = { ...at.paragraph, pieces: kept };
  const updated = isEmpty(doc.source, remaining) ? withoutAt(article, at) : replaceAt(article, at, remaining);
  const next = withArticle(doc, at.articleIndex, updated);
  return { applied: true, doc: withRemoval(next, makeRemoval(cut)) };
}

function join(doc: IssueDocument, firstId: string, secondId: string, separator: string): ApplyOutcome {
  if (firstId === secondId) return skip(doc, 'cannot join a paragraph to itself');
  const second = locateParagraph(doc, secondId);
  if (!second || !locateParagraph(doc, firstId)) return skip(doc, `paragraph ${firstId} or ${secondId} not found`);
  const without = withArticle(doc, second.articleIndex, withoutAt(doc.articles[second.articleIndex], second));
  const first = locateParagraph(without, firstId);
  // Unreachable while ids are unique (both were found above); `doc` may already be changed in place here.
  if (!first) return skip(doc, `paragraph ${firstId} not found`);
  const glue: Piece[] = separator ? [{ kind: 'typed', text: separator }] : [];
  const joined: Paragraph = { ...first.paragraph, pieces: [...first.paragraph.pieces, ...glue, ...second.paragraph.pieces] };
  return { applied: true, doc: withArticle(without, first.articleIndex, replaceAt(without.articles[first.articleIndex], first, joined)) };
}

function splitParagraph(doc: IssueDocument, id: string, at: number, newId: string): ApplyOutcome {
  const location = locateParagraph(doc, id);
  if (!location) return skip(doc, `paragraph ${id} not found`);
  const taken = newParagraphProblem(doc, newId);
  if (taken) return skip(doc, taken);
  const trace = traceParagraph(doc.source, location.paragraph);
  if (!isOffset(at) || at <= 0 || at >= trace.text.length) return skip(doc, `cannot split paragraph ${id} at ${at}`);
  if (isHighSurrogate(trace.text.charCodeAt(at - 1)) && isLowSurrogate(trace.text.charCodeAt(at)))
    return skip(doc, `cannot split paragraph ${id} inside a character at ${at}`);
  const head: Paragraph = { id, pieces: slicePieces(trace, 0, at) };
  const tail: Paragraph = { id: newId, pieces: slicePieces(trace, at, trace.text.length) };
  const article = doc.articles[location.articleIndex];
  if (location.slot === 'body' || location.slot === 'caption') {
    const key = location.slot === 'body' ? 'paragraphs' : 'captions';
    const list = article[key].slice();
    list.splice(location.index, 1, head, tail);
    return { applied: true, doc: withArticle(doc, location.articleIndex, { ...article, [key]: list }) };
  }
  // A head field split in two: the tail goes to the top of the body.
  const updated = { ...replaceAt(article, location, head), paragraphs: [tail, ...article.paragraphs] };
  return { applied: true, doc: withArticle(doc, location.articleIndex, updated) };
}

function moveParagraph(doc: IssueDocument, id: string, afterId: string | null, articleId: string): ApplyOutcome {
  if (id === afterId) return skip(doc, 'cannot move a paragraph after itself');
  const from = locateParagraph(doc, id);
  if (!from) return skip(doc, `paragraph ${id} not found`);
  // Every check comes before the paragraph is taken out: inside an applyCommands run that change is made in place.
  if (afterId === null ? !doc.articles.some((a) => a.id === articleId) : !locateParagraph(doc, afterId))
    return skip(doc, afterId === null ? `article ${articleId} not found` : `paragraph ${afterId} not found`);
  const without = withArticle(doc, from.articleIndex, withoutAt(doc.articles[from.articleIndex], from));
  if (afterId === null) {
    const index = without.articles.findIndex((a) => a.id === articleId);
    if (index < 0) return skip(doc, `article ${articleId} not found`);
    const article = without.articles[index];
    return { applied: true, doc: withArticle(without, index, { ...article, paragraphs: [from.paragraph, ...article.paragraphs] }) };
  }
  const after = locateParagraph(without, afterId);
  if (!after) return skip(doc, `paragraph ${afterId} not found`);
  const article = without.articles[after.articleIndex];
  const position = after.slot === 'body' ? after.index + 1 : 0;
  const paragraphs = article.paragraphs.slice();
  paragraphs.splice(position, 0, from.paragraph);
  return { applied: true, doc: withArticle(without, after.articleIndex, { ...article, paragraphs }) };
}

function setRole(doc: IssueDocument, id: string, role: BlockRole, removalId: string): ApplyOutcome {
  const from = locateParagraph(doc, id);
  if (!from) return skip(doc, `paragraph ${id} not found`);
  if (from.slot === role) return skip(doc, `paragraph ${id} already has role ${role}`);
  if (role === 'junk') {
    const removal: Removal = {
      id: removalId,
      paragraph: from.paragraph,
      kind: 'editor',
      reason: { zh: '编辑标为无用内容', en: 'Marked as junk by the editor' },
    };
    const next = withArticle(doc, from.articleIndex, withoutAt(doc.articles[from.articleIndex], from));
    return { applied: true, doc: withRemoval(next, removal) };
  }
  let article = withoutAt(doc.articles[from.articleIndex], from);
  switch (role) {
    case 'body':
      article = { ...article, paragraphs: from.slot === 'caption' ? insertBySourceOrder(article.paragraphs, from.paragraph) : [from.paragraph, ...article.paragraphs] };
      break;
    case 'caption':
      article = { ...article, captions: insertBySourceOrder(article.captions, from.paragraph) };
      break;
    case 'kicker':
    case 'headline':
    case 'subheadline':
    case 'byline':
      return { applied: true, doc: fillField(doc, from.articleIndex, article, role, from.paragraph) };
    default:
      return assertNever(role);
  }
  return { applied: true, doc: withArticle(doc, from.articleIndex, article) };
}

function setFieldFromText(doc: IssueDocument, id: string, role: HeadRole, start: number, end: number, newId: string): ApplyOutcome {
  const at = locateParagraph(doc, id);
  if (!at) return skip(doc, `paragraph ${id} not found`);
  const taken = newParagraphProblem(doc, newId);
  if (taken) return skip(doc, taken);
  if (!isOffset(start) || !isOffset(end) || start >= end || end > doc.source.length)
    return skip(doc, `range ${start}-${end} is not a source range`);
  const field: Paragraph = { id: newId, pieces: [{ kind: 'source', start, end }] };
  // The field repeats text of the paragraph; text from elsewhere would be shown twice or brought back.
  if (!isSourceHeldBy(doc.source, field, [at.paragraph])) return skip(doc, `range ${start}-${end} is not in paragraph ${id}`);
  return { applied: true, doc: fillField(doc, at.articleIndex, doc.articles[at.articleIndex], role, field) };
}

function splitArticle(doc: IssueDocument, atId: string, newArticleId: string): ApplyOutcome {
  const at = locateParagraph(doc, atId);
  if (!at || at.slot !== 'body') return skip(doc, `paragraph ${atId} is not a body paragraph`);
  if (isArticleIdTaken(doc, newArticleId)) return skip(doc, `article ${newArticleId} exists`);
  const article = doc.articles[at.articleIndex];
  const boundary = firstSourceOffset(at.paragraph);
  const head = own(article.paragraphs.slice(0, at.index));
  // Inside a run the long tail is reused rather than copied: splits mostly cut the head off a long article.
  const tail = isOwned(article.paragraphs) ? (article.paragraphs as Paragraph[]) : own(article.paragraphs.slice());
  tail.splice(0, at.index);
  const kept: Article = {
    ...article,
    paragraphs: head,
    captions: article.captions.filter((c) => firstSourceOffset(c) < boundary),
  };
  const created: Article = {
    id: newArticleId,
    kicker: null,
    headline: null,
    subheadline: null,
    byline: null,
    paragraphs: tail,
    captions: article.captions.filter((c) => firstSourceOffset(c) >= boundary),
  };
  const articles = isOwned(doc.articles) ? (doc.articles as Article[]) : own(doc.articles.slice());
  articles.splice(at.articleIndex, 1, kept, created);
  return { applied: true, doc: isOwned(doc) && doc.articles === articles ? doc : own({ ...doc, articles }) };
}

function mergeArticle(doc: IssueDocument, id: string): ApplyOutcome {
  const index = doc.articles.findIndex((a) => a.id === id);
  if (index <= 0) return skip(doc, index < 0 ? `article ${id} not found` : 'the first article has none before it');
  const previous = doc.articles[index - 1];
  const merged = doc.articles[index];
  let result: Article = { ...previous, captions: [...previous.captions, ...merged.captions] };
  const clashing: Paragraph[] = [];
  for (const role of headRoles) {
    const field = merged[role];
    if (!field) continue;
    if (!result[role]) result = { ...result, [role]: field };
    else clashing.push(field);
  }
  const articles = doc.articles.slice();
  articles.splice(index - 1, 2, { ...result, paragraphs: [...previous.paragraphs, ...merged.paragraphs] });
  const base = allParagraphs({ ...doc, articles });
  // A clashing field becomes body text, unless it only repeats text that is kept anyway.
  const demoted: Paragraph[] = [];
  for (const field of clashing) if (!isDuplicate(doc, field, [...base, ...demoted])) demoted.push(field);
  articles[index - 1] = { ...result, paragraphs: [...previous.paragraphs, ...demoted, ...merged.paragraphs] };
  return { applied: true, doc: { ...doc, articles } };
}

function editText(doc: IssueDocument, id: string, newText: string): ApplyOutcome {
  const at = locateParagraph(doc, id);
  if (!at) return skip(doc, `paragraph ${id} not found`);
  const trace = traceParagraph(doc.source, at.paragraph);
  const { text } = trace;
  if (text === newText) return skip(doc, 'text unchanged');
  let prefix = 0;
  while (prefix < text.length && prefix < newText.length && text[prefix] === newText[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < text.length - prefix &&
    suffix < newText.length - prefix &&
    text[text.length - 1 - suffix] === newText[newText.length - 1 - suffix]
  )
    suffix++;
  // Never cut a surrogate pair: half a character would be source and half typed.
  if (prefix > 0 && isHighSurrogate(text.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(text.charCodeAt(text.length - suffix))) suffix--;
  const middle = newText.slice(prefix, newText.length - suffix);
  const pieces = [
    ...slicePieces(trace, 0, prefix, true),
    { kind: 'typed', text: middle } as const,
    ...slicePieces(trace, text.length - suffix, text.length, true),
  ];
  const edited: Paragraph = { id, pieces: normalizePieces(pieces) };
  // Source characters the edit deleted go to the removed pile, so nothing of the source is ever lost.
  const deleted = slicePieces(trace, prefix, text.length - suffix).filter((p) => p.kind === 'source');
  const article = doc.articles[at.articleIndex];
  const next = withArticle(doc, at.articleIndex, isEmpty(doc.source, edited) ? withoutAt(article, at) : replaceAt(article, at, edited));
  if (deleted.length === 0) return { applied: true, doc: next };
  // Derived from the document, not a counter, so replay gives the same id; fresh so restore finds only this one.
  const removalId = freshRemovalId(doc, `${id}~edit`);
  const removal: Removal = {
    id: removalId,
    paragraph: { id: removalId, pieces: deleted },
    kind: 'editor',
    reason: { zh: '编辑改写时删去', en: 'Deleted while editing text' },
  };
  return { applied: true, doc: withRemoval(next, removal) };
}

function restore(doc: IssueDocument, removalId: string, newId: string): ApplyOutcome {
  const removalIndex = doc.removed.findIndex((r) => r.id === removalId);
  if (removalIndex < 0) return skip(doc, `removal ${removalId} not found`);
  const removal = doc.removed[removalIndex];
  if (doc.articles.length === 0) return skip(doc, 'no article to restore into');
  const taken = newParagraphProblem(doc, newId);
  if (taken) return skip(doc, taken);
  const paragraph: Paragraph = { id: newId, pieces: removal.paragraph.pieces };
  const at = firstSourceOffset(paragraph);
  // Restore into the article whose text comes last before the removed piece in the source.
  let target = 0;
  let best = -1;
  doc.articles.forEach((article, index) => {
    for (const p of article.paragraphs) {
      const offset = firstSourceOffset(p);
      if (offset <= at && offset > best) {
        best = offset;
        target = index;
      }
    }
  });
  const article = doc.articles[target];
  const restored = withArticle(doc, target, { ...article, paragraphs: insertBySourceOrder(article.paragraphs, paragraph) });
  return { applied: true, doc: { ...restored, removed: doc.removed.filter((_, i) => i !== removalIndex) } };
}
