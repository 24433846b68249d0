import { demoPeople, playgroundUserId } from '../../api/seed/askersund.js';

const byTitle = (title: string) => {
  const person = demoPeople.find((p) => p.title === title);
  if (!person) throw new Error(`No demo person titled ${title}`);
  return person.objectId;
};

/** Demo persona ids by what they are, so tests read as who acts. */
export const personas = {
  securityChief: byTitle('Säkerhetschef'),
  municipalCeo: byTitle('Kommundirektör'),
  boardChair: byTitle('Kommunstyrelsens ordförande'),
  socialHead: playgroundUserId,
  schoolHead: byTitle('Barn- och utbildningschef'),
  police: byTitle('Kommunpolis, Polisen'),
  reader: byTitle('Kommunsekreterare'),
};

/** A request's headers signed in as the demo persona (local mode). */
export const as = (persona: string) => ({ 'X-Dev-Persona': persona });
