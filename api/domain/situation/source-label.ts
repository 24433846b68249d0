/**
 * Where an entry comes from, said once: "Aktör: Polisen", but "EST" rather than "EST: EST" and "Polisen"
 * rather than "Polisen: Polisen" when the name only repeats the kind.
 */
export function sourceLabel(kind: string, name: string | null | undefined, separator = ': '): string {
  const named = name?.trim();
  if (!named || named.toLocaleLowerCase('sv') === kind.toLocaleLowerCase('sv')) return kind;
  return `${kind}${separator}${named}`;
}
