import type { z } from 'zod';

type Definition = { type: string; in?: z.ZodType; out?: z.ZodType; innerType?: z.ZodType };

/**
 * The most characters a text schema takes, read from the schema itself through its pipes, defaults and
 * nullables, so the tab counts toward the very limit the service refuses at (`lineLimit` for a field's count).
 */
export function maxLengthOf(schema: z.ZodType): number | undefined {
  const definition = (schema as unknown as { _zod: { def: Definition } })._zod.def;
  if (definition.type === 'string') return (schema as z.ZodString).maxLength ?? undefined;
  if (definition.type === 'pipe') return maxLengthOf(definition.in!) ?? maxLengthOf(definition.out!);
  return definition.innerType ? maxLengthOf(definition.innerType) : undefined;
}

/** maxLengthOf for a field that must have a limit: a schema without one is a mistake found when the module loads. */
export function lineLimit(schema: z.ZodType): number {
  const max = maxLengthOf(schema);
  if (max === undefined) throw new Error('This text schema has no maximum length to count toward');
  return max;
}
