import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Caller } from '../auth/caller.js';
import type { Role } from '../domain/roles.js';

/** Who may call a route: anyone, any signed-in person, or the listed roles. */
export type Access = 'public' | 'signedIn' | readonly Role[];

export type JsonResult = { status?: number; body?: unknown; headers?: Record<string, string> };
/** `webUrl`: where the file lives in SharePoint, when it is a stored file there. */
export type RawResult = {
  status?: number;
  raw: string | Uint8Array;
  contentType: string;
  headers?: Record<string, string>;
  webUrl?: string;
};
export type RouteResult = JsonResult | RawResult;

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** Present on every route but public ones. */
  caller: Caller;
  ifMatch: string | undefined;
  req: Request;
  res: Response;
}

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.infer<S> : undefined;

type Responses = Record<number, { description: string; schema?: Schema; contentType?: string }>;
/** What a handler may answer: a body its route declares a schema for (any of them), a file, or nothing. */
type DeclaredBody<R extends Responses> = {
  [S in keyof R]: R[S] extends { schema: infer T } ? (T extends z.ZodType ? z.input<T> : never) : never;
}[keyof R];
export type TypedResult<R extends Responses> =
  | { status?: number; body?: DeclaredBody<R>; headers?: Record<string, string> }
  | RawResult;

export interface RouteDefinition<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
  R extends Responses = Responses,
> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI style: /api/departments/{id} */
  path: string;
  summary: string;
  tags: string[];
  access: Access;
  params?: P;
  query?: Q;
  body?: B;
  /** Answers anyone outside `access` as if the route did not exist (BOB): 404, never 401 or 403. */
  hidden?: boolean;
  /** Requires If-Match with the item's ETag (428 without it). */
  requiresIfMatch?: boolean;
  responses: R;
  /** Its body is typed by the response schemas: a handler cannot answer what the route does not declare. */
  handler: (input: RouteInput<Out<P>, Out<Q>, Out<B>>) => Promise<TypedResult<R>>;
}

export type AnyRoute = RouteDefinition<Schema | undefined, Schema | undefined, Schema | undefined>;

/** Declares a route; the helper only exists so TypeScript infers the handler's input from the schemas. */
export function defineRoute<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  const R extends Responses = Responses,
>(route: RouteDefinition<P, Q, B, R>): AnyRoute {
  return route as unknown as AnyRoute;
}
