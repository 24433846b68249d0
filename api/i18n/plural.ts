/** "1 rad", "2 rader": a count with the word in the right number; one helper for every place that counts. */
export function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
