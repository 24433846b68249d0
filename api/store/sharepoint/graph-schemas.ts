import { z } from 'zod';

/** The parts of Graph's answers the adapter relies on; everything else Graph sends is let through untouched. */

export const siteSchema = z.looseObject({ id: z.string() });

export const listSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  displayName: z.string(),
  description: z.string().optional(),
  list: z.looseObject({ template: z.string() }).optional(),
});

export const columnSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  hidden: z.boolean().optional(),
  indexed: z.boolean().optional(),
  text: z.looseObject({ allowMultipleLines: z.boolean().optional(), maxLength: z.number().optional() }).optional(),
  number: z.looseObject({}).optional(),
  boolean: z.looseObject({}).optional(),
  dateTime: z.looseObject({}).optional(),
});
export type GraphColumn = z.infer<typeof columnSchema>;

export const fieldsSchema = z.looseObject({ '@odata.etag': z.string().optional() });

export const listItemSchema = z.looseObject({
  id: z.string().regex(/^\d+$/),
  eTag: z.string(),
  createdDateTime: z.string(),
  lastModifiedDateTime: z.string(),
  fields: fieldsSchema.optional(),
});
export type GraphListItem = z.infer<typeof listItemSchema>;

/** listItem: List versions (https://learn.microsoft.com/graph/api/listitem-list-versions): id "1.0", "2.0"…, fields when expanded. */
export const listItemVersionsSchema = z.looseObject({
  value: z.array(z.looseObject({ id: z.string(), lastModifiedDateTime: z.string(), fields: fieldsSchema.optional() })),
});

/** What PATCH …/items/{id}/fields answers: the item's field values, with its new ETag and dates among them. */
export const updatedFieldsSchema = z.looseObject({
  '@odata.etag': z.string(),
  Created: z.string(),
  Modified: z.string(),
});

export function collectionSchema<T extends z.ZodType>(item: T) {
  return z.object({ value: z.array(item), '@odata.nextLink': z.url().optional() });
}

export const driveSchema = z.looseObject({ id: z.string() });

const identitySchema = z.looseObject({
  user: z.looseObject({ displayName: z.string().optional() }).optional(),
  application: z.looseObject({ displayName: z.string().optional() }).optional(),
});

export const driveItemSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  size: z.number().optional(),
  lastModifiedDateTime: z.string(),
  lastModifiedBy: identitySchema.optional(),
  webUrl: z.string().optional(),
  file: z.looseObject({ mimeType: z.string().optional() }).optional(),
  folder: z.looseObject({}).optional(),
  listItem: z.looseObject({ fields: z.looseObject({ _UIVersionString: z.string().optional() }).optional() }).optional(),
});
export type GraphDriveItem = z.infer<typeof driveItemSchema>;

export const driveItemVersionSchema = z.looseObject({
  id: z.string(),
  lastModifiedDateTime: z.string(),
  lastModifiedBy: identitySchema.optional(),
  size: z.number().optional(),
});

export const uploadSessionSchema = z.looseObject({
  uploadUrl: z.url(),
  nextExpectedRanges: z.array(z.string()).optional(),
});

/** JSON batching: {responses: [{id, status, headers, body}]}, in any order (https://learn.microsoft.com/graph/json-batching). */
export const batchResponseSchema = z.object({
  responses: z.array(
    z.object({
      id: z.string(),
      status: z.number().int(),
      headers: z.record(z.string(), z.string()).optional(),
      body: z.unknown().optional(),
    }),
  ),
});

export function displayNameOf(identity: z.infer<typeof identitySchema> | undefined): string {
  return identity?.user?.displayName ?? identity?.application?.displayName ?? 'SharePoint';
}
