import { z } from 'zod';

const position = z.tuple([z.number(), z.number()]);

/** What GET and PUT /api/situation/areas answer: the areas, the map's ETag, and the tile server to draw them on. */
export const areaMapResponseSchema = z
  .object({
    map: z
      .object({ areas: z.array(z.object({ name: z.string(), polygons: z.array(z.array(z.array(position))) })) })
      .nullable(),
    etag: z.string().nullable(),
    tiles: z.object({ url: z.string(), attribution: z.string() }).nullable(),
  })
  .meta({ id: 'AreaMap' });
export type AreaMapJson = z.infer<typeof areaMapResponseSchema>;
