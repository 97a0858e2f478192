const name = '[A-Za-z_][A-Za-z0-9_]*';

/** Why the text is not a list of market codes (`CN,DE,KR`), or undefined when it is one. */
export function marketsProblem(text: string): string | undefined {
  return new RegExp(`^\\s*${name}(\\s*,\\s*${name})*\\s*$`).test(text)
    ? undefined
    : 'Market codes separated by commas, e.g. CN,DE,KR';
}

/** The market codes of a list separated by commas, without spaces. */
export function marketList(text: string): string[] {
  return text.split(',').map((market) => market.trim());
}

/** Why the text is not a calendar date written YYYY-MM-DD, or undefined when it is one. */
export function shipDateProblem(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (match === null) {
    return 'A date written YYYY-MM-DD, e.g. 2027-06-01';
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? undefined
    : `${text.trim()} is not a day of the calendar`;
}
