import { performance } from 'node:perf_hooks';
import { personas } from '../test/support/personas.js';
import { rawXlsx, sheetXml } from '../test/support/raw-xlsx.js';
import { startTestServer } from '../test/support/test-server.js';

type Record = (figure: { id: string; name: string; value: number; unit: string; note?: string }) => void;

const rounds = 5;

/**
 * How long other people wait while the service refuses a sheet made to stall it (a cell in column XFD on
 * every row): the health address asked every 10 ms meanwhile, the 99th percentile of its answers.
 */
export async function stallFigures(record: Record): Promise<void> {
  const server = await startTestServer();
  const rows = Array.from({ length: 500 }, (_, i): [string, string][] => [
    [`A${i + 1}`, `rad ${i}`],
    [`XFD${i + 1}`, 'x'],
  ]);
  const bytes = await rawXlsx(sheetXml(rows));
  const answers: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    let done = false;
    const refused = fetch(`${server.url}/api/situation/imports/files?fileName=est.xlsx`, {
      method: 'POST',
      headers: { 'X-Dev-Persona': personas.securityChief, 'Content-Type': 'application/octet-stream' },
      body: new Uint8Array(bytes),
    }).finally(() => {
      done = true;
    });
    while (!done) {
      const started = performance.now();
      await (await fetch(`${server.url}/api/health`)).arrayBuffer();
      answers.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await (await refused).arrayBuffer();
  }
  await server.close();
  answers.sort((a, b) => a - b);
  record({
    id: 'stall-sheet-health-p99-ms',
    name: 'others while a stalling sheet is refused: p99',
    value: answers[Math.floor(answers.length * 0.99)] ?? 0,
    unit: 'ms',
    note: `${answers.length} answers over ${rounds} refusals, goal < 200`,
  });
}
