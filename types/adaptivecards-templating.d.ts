// The package's own typings import TypeScript sources of `adaptivecards` that do not compile under this
// project's settings; these are the two members the bot uses.
export declare class Template {
  constructor(payload: unknown);
  expand(context: { $root?: unknown; $host?: unknown }): unknown;
}
