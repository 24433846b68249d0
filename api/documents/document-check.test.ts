import { describe, expect, it } from 'vitest';
import { mimeMessage } from '../../test/support/sample-documents.js';
import { nestingLimit } from './document-text.js';
import { workersAtOnce } from '../workers/run-in-worker.js';
import { documentCheckBudget, refuseDocumentWithPersonalData } from './document-check.js';

describe('the check of an uploaded document, in its worker', () => {
  it('refuses a document it cannot read to its end, saying why and what to do', async () => {
    let message = mimeMessage({ subject: 'Innerst', body: 'Hej' });
    for (let level = 0; level <= nestingLimit; level += 1)
      message = mimeMessage({ subject: `Nivå ${level}`, body: 'Vidare', attachments: { 'vidare.eml': message } });
    await expect(refuseDocumentWithPersonalData(message, 'Kedja.eml')).rejects.toMatchObject({
      code: 'file_not_checkable',
      text: { sv: expect.stringContaining('Ladda upp de inre dokumenten var för sig') },
    });
  });

  it('refuses a document whose check outlasts its budget, and keeps one that passes', async () => {
    const plain = mimeMessage({ subject: 'Lägesbild', body: 'Inget nummer här.' });
    await expect(
      refuseDocumentWithPersonalData(plain, 'Brev.eml', { ...documentCheckBudget, timeoutMs: 1 }),
    ).rejects.toMatchObject({ code: 'file_not_checkable', text: { sv: expect.stringContaining('för lång tid') } });
    await expect(refuseDocumentWithPersonalData(plain, 'Brev.eml')).resolves.toBeUndefined();
  });

  it('checks a burst of documents a few at a time, and answers each', async () => {
    const letters = Array.from({ length: workersAtOnce * 3 }, (_, i) =>
      mimeMessage({ subject: `Brev ${i}`, body: i === 4 ? 'Född 850709-9805' : 'Inget nummer.' }),
    );
    const answers = await Promise.allSettled(
      letters.map((letter, i) => refuseDocumentWithPersonalData(letter, `${i}.eml`)),
    );
    expect(answers.map((answer) => answer.status)).toEqual(letters.map((_, i) => (i === 4 ? 'rejected' : 'fulfilled')));
  });
});
