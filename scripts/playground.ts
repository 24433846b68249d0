/**
 * npm run playground: Microsoft 365 Agents Playground against the local bot.
 * Starts the service too when nothing answers on PORT, so one command is enough.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../api/paths.js';

const port = Number(process.env.PORT ?? 3978);
const playgroundPort = 56150;
const children: ChildProcess[] = [];

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

async function waitFor(url: string, seconds: number): Promise<void> {
  for (let i = 0; i < seconds * 4; i += 1) {
    if (await answers(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const child = spawn(command, args, { cwd: projectRoot, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  children.push(child);
  return child;
}

function stopAll(): void {
  for (const child of children) child.kill('SIGTERM');
}
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);

const health = `http://localhost:${port}/api/health`;
if (!(await answers(health))) {
  process.stdout.write(`Startar Trygghetshjulet på port ${port} / starting the service…\n`);
  run(process.execPath, [join(projectRoot, 'dist', 'api', 'server.js')], { PORT: String(port) });
  await waitFor(health, 30);
}

const playground = run(join(projectRoot, 'node_modules', '.bin', 'agentsplayground'), ['-e', `http://localhost:${port}/api/messages`, '-c', 'msteams'], {
  TEAMSAPPTESTER_BROWSER: 'none',
});
playground.on('exit', (code) => {
  stopAll();
  process.exit(code ?? 0);
});
await waitFor(`http://localhost:${playgroundPort}`, 60);
process.stdout.write(
  [
    '',
    `Agents Playground: http://localhost:${playgroundPort}`,
    `  Botten / bot: http://localhost:${port}/api/messages (Teams-kanal / msteams channel)`,
    '  Standardanvändaren Alex Wilber är socialchef i demodatan: skriv "hjälp".',
    '  The default user Alex Wilber is the head of Socialförvaltningen in the demo data: write "help".',
    '  Ctrl+C stoppar / stops.',
    '',
  ].join('\n'),
);
