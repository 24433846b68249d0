import { OverrideOutOfRange } from '../../domain/cycle/index.js';
import { AgreementNotFound } from '../../services/agreement-service.js';
import { MinutesMissing } from '../../services/council-agenda-service.js';
import { CouncilExists, CouncilNotPlanned, UnknownActor, UnknownDepartment } from '../../services/council-service.js';
import { fieldError, HttpError, notFound } from '../errors.js';

/** The council's and the agreements' service errors as the API says them. */
export function councilHttpError(error: unknown): never {
  if (error instanceof CouncilNotPlanned) throw notFound({ sv: `Strategiska rådet ${error.message}`, en: `The strategic council of ${error.message}` });
  if (error instanceof CouncilExists) {
    throw new HttpError(409, 'council_exists', {
      sv: `Rådet ${error.message} är redan planerat; läs det och ändra med dess ETag.`,
      en: `The council of ${error.message} is already planned; read it and change it with its ETag.`,
    });
  }
  if (error instanceof UnknownActor) throw fieldError(error.field, `aktören ${error.actorId} finns inte bland rådets aktörer`, `the actor ${error.actorId} is not among the council’s actors`);
  if (error instanceof UnknownDepartment) throw fieldError(error.field, `förvaltningen ${error.departmentId} finns inte`, `the department ${error.departmentId} does not exist`);
  if (error instanceof OverrideOutOfRange) throw fieldError('date', 'datumet ligger orimligt långt från rådets ordinarie datum', 'the date is unreasonably far from the council’s usual date');
  if (error instanceof AgreementNotFound) throw notFound({ sv: 'Överenskommelsen', en: 'The agreement' });
  if (error instanceof MinutesMissing) {
    throw new HttpError(409, 'minutes_missing', { sv: 'Skriv protokollet innan det sparas som Word-dokument.', en: 'Write the minutes before saving them as a Word document.' });
  }
  throw error;
}

export async function councilErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    return councilHttpError(error);
  }
}
