import { z } from 'zod';
import type { Role } from '../../domain/roles.js';
import type { Collection, Stored } from '../../repositories/collection.js';
import type { Fields } from '../../store/port.js';
import type { Bilingual } from '../../i18n/bilingual.js';
import { notFound } from '../errors.js';
import { defineRoute, type AnyRoute } from '../route.js';
import { idParams } from '../schemas.js';
import { validationError } from '../validation.js';
import { nameKey } from '../../domain/names.js';
import { shownInput } from '../../domain/text-policy.js';
import { DomainError } from '../../domain/errors/domain-error.js';

interface CrudOptions<T extends Fields, O> {
  /** e.g. /api/departments */
  path: string;
  tag: string;
  noun: Bilingual;
  collection: Collection<T>;
  input: z.ZodObject;
  output: z.ZodType<O>;
  readers: 'signedIn' | readonly Role[];
  writers: readonly Role[];
  present: (items: Stored<T>[]) => Promise<O[]>;
  /** Domain checks beyond the schema (a referenced person exists…); throws DomainError. */
  check?: (value: Partial<T>) => Promise<void>;
  /** Refuses removing an item the year's records still name (throws DomainError). */
  refuseRemoving?: (id: string) => Promise<void>;
  /** The list's items have names no two may share ("en förvaltning"): two alike could not be told apart. */
  uniqueName?: Bilingual;
  /** The most items the list holds, and what it holds in the plural: other lists name up to all of them. */
  limit?: { max: number; what: Bilingual };
}

/** List, create, update (If-Match) and delete (If-Match) for one organisation list. */
export function crudRoutes<T extends Fields, O>(options: CrudOptions<T, O>): AnyRoute[] {
  const { collection, path, noun } = options;
  const listKey = path.split('/').pop()!;
  const presentOne = async (item: Stored<T>) => (await options.present([item]))[0]!;
  const existing = async (id: string) => {
    const item = await collection.get(id);
    if (!item) throw notFound(noun);
    return item;
  };
  const common = { tags: [options.tag] };
  const refuseTakenName = async (value: Partial<T>, id?: string) => {
    const kind = options.uniqueName;
    if (!kind || typeof value.name !== 'string') return;
    const key = nameKey(value.name);
    const taken = (await collection.all()).find((item) => item.id !== id && nameKey(String(item.name)) === key);
    if (!taken) return;
    const name = shownInput(String(taken.name));
    throw validationError('body', [
      {
        field: 'name',
        message: `det finns redan ${kind.sv} som heter ”${name}”`,
        messageEn: `there is already ${kind.en} called “${name}”`,
      },
    ]);
  };

  const refuseFull = async () => {
    const limit = options.limit;
    if (!limit || (await collection.all()).length < limit.max) return;
    throw new DomainError('list_full', {
      sv: `Listan rymmer högst ${limit.max} ${limit.what.sv}. Ta bort en för att lägga till en ny.`,
      en: `The list holds at most ${limit.max} ${limit.what.en}. Remove one to add another.`,
    });
  };

  return [
    defineRoute({
      ...common,
      method: 'get',
      path,
      summary: `Lista ${noun.sv.toLowerCase()} / list ${noun.en.toLowerCase()}`,
      access: options.readers,
      responses: { 200: { description: 'OK', schema: z.object({ [listKey]: z.array(options.output) }) } },
      handler: async () => ({
        body: { [listKey]: await options.present(await collection.all({ orderBy: [{ field: 'name' }] })) },
      }),
    }),
    defineRoute({
      ...common,
      method: 'post',
      path,
      summary: `Skapa / create: ${noun.sv}`,
      access: options.writers,
      body: options.input,
      // A 409 only where the list has a limit; the handler answers 201 itself either way, so its type is 201's.
      responses: {
        201: { description: 'Skapad', schema: options.output },
        ...(options.limit
          ? { 409: { description: `Listan rymmer högst ${options.limit.max} ${options.limit.what.sv}` } }
          : {}),
      } as { 201: { description: string; schema: z.ZodType<O> } },
      handler: async ({ body, caller }) => {
        const value = body as T;
        await refuseFull();
        await refuseTakenName(value);
        await options.check?.(value);
        const item = await collection.create(value, caller.id);
        return { status: 201, body: await presentOne(item), headers: { ETag: item.etag } };
      },
    }),
    defineRoute({
      ...common,
      method: 'patch',
      path: `${path}/{id}`,
      summary: `Ändra / update: ${noun.sv}`,
      access: options.writers,
      params: idParams,
      body: patchSchemaOf(options.input),
      requiresIfMatch: true,
      responses: {
        200: { description: 'Ändrad', schema: options.output },
        412: { description: 'Någon annan har ändrat posten' },
      },
      handler: async ({ params, body, caller, ifMatch }) => {
        await existing(params.id);
        const patch = withoutUndefined(body as Partial<T>);
        await refuseTakenName(patch, params.id);
        await options.check?.(patch);
        const item = await collection.update(params.id, ifMatch!, patch, caller.id);
        return { body: await presentOne(item), headers: { ETag: item.etag } };
      },
    }),
    defineRoute({
      ...common,
      method: 'delete',
      path: `${path}/{id}`,
      summary: `Ta bort / delete: ${noun.sv}`,
      access: options.writers,
      params: idParams,
      requiresIfMatch: true,
      responses: {
        204: { description: 'Borttagen' },
        409: { description: 'Används av årets handlingar och kan inte tas bort' },
        412: { description: 'Någon annan har ändrat posten' },
      },
      handler: async ({ params, caller, ifMatch }) => {
        await existing(params.id);
        await options.refuseRemoving?.(params.id);
        await collection.delete(params.id, ifMatch!, caller.id);
        return { status: 204 };
      },
    }),
  ];
}

/** Every field optional and without its default, so a patch changes only what it names. */
function patchSchemaOf(input: z.ZodObject): z.ZodObject {
  const shape = Object.fromEntries(
    Object.entries(input.shape).map(([key, field]) => [
      key,
      (field instanceof z.ZodDefault ? field.removeDefault() : field).optional(),
    ]),
  );
  return z.object(shape).strict();
}

/** A partial schema leaves absent keys undefined; the store must not read them as "set to null". */
function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
