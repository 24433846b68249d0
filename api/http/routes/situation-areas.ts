import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { areaMapResponseSchema } from '../../contract/situation-areas.js';
import { allRoles } from '../../domain/roles.js';
import { readGeoJson } from '../../imports/read-geojson.js';
import { defineRoute } from '../route.js';
import { uploadedBytes } from '../upload.js';

const tags = ['Lägesbild'];

export const situationAreaRoutes = (ctx: AppContext) => {
  const present = async () => {
    const stored = await ctx.areaMaps.current();
    const { MAP_TILE_URL: url, MAP_TILE_ATTRIBUTION: attribution } = ctx.config.env;
    return {
      body: {
        map: stored?.map ?? null,
        etag: stored?.etag ?? null,
        tiles: url === 'none' ? null : { url, attribution },
      },
      ...(stored ? { headers: { ETag: stored.etag } } : {}),
    };
  };
  return [
    defineRoute({
      method: 'get',
      path: '/api/situation/areas',
      summary: 'Kommunens områden som karta / the municipality’s areas as a map',
      tags,
      access: allRoles,
      responses: {
        200: {
          description: 'Kartan (null innan någon har laddats upp) och kartbakgrunden',
          schema: areaMapResponseSchema,
        },
      },
      handler: present,
    }),
    defineRoute({
      method: 'put',
      path: '/api/situation/areas',
      summary: 'Ladda upp områdena som GeoJSON / upload the areas as GeoJSON',
      tags,
      access: ['SecurityChief'],
      query: z.object({ fileName: z.string().max(1000).optional() }),
      responses: {
        200: { description: 'Den nya kartan', schema: areaMapResponseSchema },
        412: { description: 'Någon annan har sparat en karta sedan du läste den' },
        428: { description: 'If-Match saknas när en karta redan finns' },
      },
      handler: async ({ req, caller, ifMatch }) => {
        await ctx.areaMaps.save(readGeoJson(uploadedBytes(req)), ifMatch, caller.id);
        return present();
      },
    }),
  ];
};
