import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface CardTemplate {
  expand(context: { $root: unknown }): unknown;
}
// Loaded through require: the package is CommonJS, and its typings pull in TypeScript sources of
// `adaptivecards` that do not compile under this project's strict settings.
const { Template } = createRequire(import.meta.url)('adaptivecards-templating') as {
  Template: new (payload: unknown) => CardTemplate;
};

export const adaptiveCardContentType = 'application/vnd.microsoft.card.adaptive';

const templates = new Map<string, CardTemplate>();

/** Expands a card template in bot/cards/ with data; templates are read once. */
export function renderCard(name: string, data: object): Record<string, unknown> {
  let template = templates.get(name);
  if (!template) {
    template = new Template(JSON.parse(readFileSync(new URL(`./${name}.card.json`, cardsFolder()), 'utf8')) as object);
    templates.set(name, template);
  }
  return template.expand({ $root: data }) as Record<string, unknown>;
}

export function cardAttachment(content: Record<string, unknown>) {
  return { contentType: adaptiveCardContentType, content };
}

// Compiled code runs from dist/bot/cards; the JSON templates stay in the source tree.
function cardsFolder(): URL {
  const here = new URL('./', import.meta.url);
  return here.pathname.includes('/dist/bot/') ? new URL(here.href.replace('/dist/bot/', '/bot/')) : here;
}
