import { z } from 'zod';

/** A saved Word document as answers name it: its version, when, and where in its library. */
export const documentInfoSchema = z.object({ version: z.string(), modifiedAt: z.string(), path: z.string() }).meta({ id: 'DocumentInfo' });
export type DocumentInfoBody = z.infer<typeof documentInfoSchema>;
