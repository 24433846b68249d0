import { renderCard } from './render-card.js';

export interface HelpCardData {
  displayName: string | undefined;
  tabUrl: string;
}

const commands = [
  {
    command: 'rapportera / report',
    text: 'Förvaltningens novemberrapport som kort. / Your department’s November report as a card.',
  },
  { command: 'status', text: 'Vad som är på tur för dig och när. / What is due for you and when.' },
  { command: 'hjälp / help', text: 'Visar det här kortet. / Shows this card.' },
];

export function helpCard({ displayName, tabUrl }: HelpCardData): Record<string, unknown> {
  return renderCard('help', {
    greeting: displayName ? `Hej ${displayName}! / Hello ${displayName}!` : 'Hej! / Hello!',
    commands,
    tabUrl,
    unknownPerson: displayName === undefined,
  });
}
