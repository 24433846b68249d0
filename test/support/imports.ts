import request from 'supertest';

// The answers as supertest gives them: JSON whose shape each test checks.
// biome-ignore lint/suspicious/noExplicitAny: a test reads whatever the API answered
type ImportAnswer = Record<string, any>;

/**
 * POST /api/situation/imports, then its progress at the Location it answers until the job is over, as the
 * tab does: answers the accepted record (202) or the refusal as it came, and the finished record.
 */
export async function runImport(
  url: string,
  headers: Record<string, string>,
  body: object,
): Promise<{ status: number; body: ImportAnswer; finished?: ImportAnswer }> {
  const accepted = await request(url).post('/api/situation/imports').set(headers).send(body);
  if (accepted.status !== 202) return { status: accepted.status, body: accepted.body };
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const progress = (await request(url).get(accepted.headers.location!).set(headers).expect(200)).body;
    if (progress.status === 'done' || progress.status === 'failed')
      return { status: accepted.status, body: accepted.body, finished: progress };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`The import ${accepted.body.id} did not finish`);
}
