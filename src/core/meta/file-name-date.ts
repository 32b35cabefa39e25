/** An issue's date as its file name gives it ("shuozhou-daily-2023-05-27.txt", "rmrb_20230527.txt"), for when the page shows none. */

/** The date in a file name as YYYY-MM-DD, or null when it has no valid one. */
export function dateFromFileName(name: string): string | null {
  const base = name.replace(/^.*[\\/]/, '');
  const match = /(?:^|\D)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?:\D|$)/.exec(base);
  if (!match) return null;
  const [, year, month, day] = match;
  // Not 2023-02-31: the day must exist in that month.
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCDate() === Number(day) ? `${year}-${month}-${day}` : null;
}
