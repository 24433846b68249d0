/**
 * Where a form shows what the service refused: the controls whose Fluent fields show a message beside them,
 * and the labels a person reads above them. The error summary links each problem to its field through these.
 */

/** The controls whose fields show `message`, within the form (or dialog), in the page's order. */
function fieldsShowing(scope: ParentNode, message: string): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>('.fui-Field__validationMessage')]
    .filter((element) => element.textContent?.includes(message) && element.id)
    .flatMap((note) => scope.querySelector<HTMLElement>(`[aria-describedby~="${CSS.escape(note.id)}"]`) ?? []);
}

/**
 * Each message's control, or undefined where no field of the form shows it: the second issue saying
 * "saknas" belongs to the second field saying it.
 */
export function fieldsOf(scope: ParentNode, messages: string[]): (HTMLElement | undefined)[] {
  const taken = new Map<string, number>();
  return messages.map((message) => {
    const nth = taken.get(message) ?? 0;
    taken.set(message, nth + 1);
    return fieldsShowing(scope, message)[nth];
  });
}

/** The words a field's label shows (without the required mark), or the control's own aria-label (a table cell). */
export function labelOf(control: HTMLElement): string {
  const labels = [
    ...(control.getAttribute('aria-labelledby') ?? '').split(/\s+/).flatMap((id) => document.getElementById(id) ?? []),
    ...('labels' in control ? [...((control as HTMLInputElement).labels ?? [])] : []),
  ];
  const label = labels[0]?.cloneNode(true) as HTMLElement | undefined;
  if (!label) return control.getAttribute('aria-label') ?? '';
  for (const hidden of label.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return label.textContent?.trim() ?? '';
}

/** A problem as the summary says it: after its field's label, unless it names the field already. */
export function problemText(message: string, label: string): string {
  const named =
    [`”${label}”`, `“${label}”`].some((quoted) => message.includes(quoted)) ||
    message.toLocaleLowerCase().startsWith(`${label.toLocaleLowerCase()} `);
  return label && !named ? `${label}: ${message}` : message;
}
