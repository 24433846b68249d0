import { createRequire } from 'node:module';

// The package's ESM build has extensionless imports that Node cannot load; its UMD bundle loads everywhere.
const AdaptiveCards = createRequire(import.meta.url)(
  'adaptivecards/dist/adaptivecards.js',
) as typeof import('adaptivecards');

/** Teams' strictest documented card limit (28 KB). */
export const cardSizeLimitBytes = 28 * 1024;

export interface ParsedCard {
  version: string | undefined;
  problems: string[];
  sizeBytes: number;
}

/** Parses a card the way Adaptive Cards renderers do and lists every parse or validation problem. */
export function parseAdaptiveCard(json: unknown): ParsedCard {
  const card = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext();
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i += 1) problems.push(context.getEventAt(i).message);
  for (const event of card.validateProperties().validationEvents) problems.push(event.message);
  return { version: card.version?.toString(), problems, sizeBytes: Buffer.byteLength(JSON.stringify(json), 'utf8') };
}
