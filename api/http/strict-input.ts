import { z } from 'zod';

type Def = z.core.$ZodTypeDef & Record<string, unknown>;

// Wrappers whose `innerType` reads the same input as the wrapper itself.
const wrappers = new Set(['optional', 'nullable', 'nonoptional', 'default', 'prefault', 'catch', 'readonly']);

/**
 * The schema with every object in it strict: a field or parameter the route does not know (a typo, an old
 * client's name) is refused and named, not dropped in silence. Intersections are left as they are (each side sees the
 * other's fields), and so is a pipe's output, which reads what the pipe made, not what the caller sent.
 */
export function strictInput<T extends z.ZodType>(schema: T): T {
  return strict(schema, new Map()) as T;
}

function strict(schema: z.ZodType, done: Map<z.ZodType, z.ZodType>): z.ZodType {
  const known = done.get(schema);
  if (known) return known;
  const def = schema._zod.def as Def;
  const again = (inner: unknown) => strict(inner as z.ZodType, done);
  let made: z.ZodType = schema;
  if (def.type === 'object') {
    const shape = Object.fromEntries(
      Object.entries(def.shape as z.ZodRawShape).map(([key, value]) => [key, again(value)]),
    );
    made = schema.clone({ ...def, shape, catchall: def.catchall ?? z.never() } as Def);
  } else if (def.type === 'array') made = schema.clone({ ...def, element: again(def.element) } as Def);
  else if (def.type === 'union')
    made = schema.clone({ ...def, options: (def.options as z.ZodType[]).map(again) } as Def);
  else if (def.type === 'record') made = schema.clone({ ...def, valueType: again(def.valueType) } as Def);
  else if (def.type === 'pipe') made = schema.clone({ ...def, in: again(def.in) } as Def);
  else if (wrappers.has(def.type)) made = schema.clone({ ...def, innerType: again(def.innerType) } as Def);
  done.set(schema, made);
  return made;
}
