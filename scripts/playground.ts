/**
 * npm run playground [-- --as <person>]: Microsoft 365 Agents Playground against the local bot.
 *
 * Starts the service too when nothing answers on PORT (default 3978), so one command is enough. The
 * playground user is a demo person: Alex Wilber, head of Socialförvaltningen, unless --as names another
 * (object id, or part of a name, title or department). The bot sees that person's Entra object id in
 * from.aadObjectId and acts for them, as it does for anyone in local mode.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { projectRoot } from '../api/paths.js';
import { playgroundUserId } from '../api/seed/askersund.js';
import { findPerson, playgroundConfig, type PlaygroundPerson } from './playground-config.js';

const { values: args } = parseArgs({ options: { as: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (args.help) {
  process.stdout.write(
    [
      'npm run playground [-- --as <person>]',
      '  Startar Microsoft 365 Agents Playground mot den lokala botten / starts the Agents Playground against the local bot.',
      '  --as   demopersonen att vara: objekt-id eller del av namn, titel eller förvaltning (standard: Alex Wilber, socialchef)',
      '         the demo person to be: object id or part of name, title or department (default: Alex Wilber, head of social services)',
      '',
    ].join('\n'),
  );
  process.exit(0);
}

const port = Number(process.env.PORT ?? 3978);
const service = `http://localhost:${port}`;
const children: ChildProcess[] = [];
const workDir = mkdtempSync(join(tmpdir(), 'trygghetshjulet-playground-'));
let stopping = false;

function stopAll(code = 0): never {
  if (!stopping) {
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    rmSync(workDir, { recursive: true, force: true });
  }
  process.exit(code);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

function fail(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  return stopAll(1);
}

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
  fail(`${url} svarade inte inom ${seconds} s / did not answer within ${seconds} s`);
}

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv, stdout: 'inherit' | 'pipe'): ChildProcess {
  const child = spawn(command, commandArgs, {
    cwd: projectRoot,
    stdio: ['ignore', stdout, 'inherit'],
    env: { ...process.env, ...env },
  });
  children.push(child);
  return child;
}

// 1. The service, unless it already runs (for example `npm start` in another terminal).
if (!(await answers(`${service}/api/health`))) {
  process.stdout.write(`Startar Trygghetshjulet på port ${port} / starting the service…\n`);
  const server = run(
    process.execPath,
    [join(projectRoot, 'dist', 'api', 'server.js')],
    { PORT: String(port) },
    'inherit',
  );
  server.on('exit', (code) => {
    if (!stopping) fail(`Tjänsten avslutades / the service stopped (exit ${code ?? 'signal'})`);
  });
  await waitFor(`${service}/api/health`, 30);
}

// 2. Who the playground user is: a demo person from the running service.
async function demoPeople(): Promise<PlaygroundPerson[] | undefined> {
  try {
    const response = await fetch(`${service}/api/dev/personas`);
    return response.ok ? ((await response.json()) as { personas: PlaygroundPerson[] }).personas : undefined;
  } catch {
    return undefined;
  }
}

const env: NodeJS.ProcessEnv = {
  TEAMSAPPTESTER_BROWSER: 'none',
  M365_AGENTS_PLAYGROUND_LOGFILE: join(workDir, 'playground.log'),
};
let actingAs: PlaygroundPerson | undefined;
if (process.env.M365_AGENTS_PLAYGROUND_CONFIG_PATH) {
  if (args.as) fail('--as och / and M365_AGENTS_PLAYGROUND_CONFIG_PATH: välj ett / choose one.');
} else {
  const people = await demoPeople();
  if (!people) {
    if (args.as)
      fail(
        `Demopersonerna kunde inte hämtas från ${service} (lokalt läge?) / could not read the demo people (local mode?).`,
      );
  } else {
    actingAs = findPerson(people, args.as ?? playgroundUserId);
    if (!actingAs) {
      fail(
        [
          `Ingen entydig demoperson för "${args.as ?? playgroundUserId}" / no single demo person matches. Välj bland / choose from:`,
          ...people.map(
            (person) =>
              `  ${person.id}  ${person.displayName} (${person.title}${person.departmentName ? `, ${person.departmentName}` : ''})`,
          ),
        ].join('\n'),
      );
    }
    const configPath = join(workDir, '.m365agentsplayground.yml');
    writeFileSync(configPath, JSON.stringify(playgroundConfig(actingAs, people), null, 2));
    env.M365_AGENTS_PLAYGROUND_CONFIG_PATH = configPath;
  }
}

// 3. The playground: Teams channel, no browser opened, no telemetry to Microsoft from a municipality's machine.
const playground = run(
  join(projectRoot, 'node_modules', '.bin', 'agentsplayground'),
  ['--app-endpoint', `${service}/api/messages`, '--channel-id', 'msteams', '--disable-telemetry'],
  env,
  'pipe',
);
playground.on('exit', (code) => {
  if (!stopping) stopAll(code ?? 0);
});
const started = setTimeout(() => fail('Agents Playground startade inte inom 60 s / did not start within 60 s'), 60_000);
createInterface({ input: playground.stdout! }).on('line', (line) => {
  const listening = /Listening on (\d+)/.exec(line);
  if (!listening) return;
  clearTimeout(started);
  const who = actingAs
    ? `${actingAs.displayName} (${actingAs.title}${actingAs.departmentName ? `, ${actingAs.departmentName}` : ''})`
    : 'Alex Wilber';
  process.stdout.write(
    [
      '',
      `Agents Playground: http://localhost:${listening[1]}`,
      `  Botten / bot: ${service}/api/messages (Teams-kanalen / msteams channel)`,
      `  Du är / you are: ${who}, aadObjectId ${actingAs?.id ?? playgroundUserId}`,
      '  Skriv "hjälp" / write "help". En annan person / someone else: npm run playground -- --as "Maria Berg"',
      '  Ctrl+C stoppar / stops.',
      '',
    ].join('\n'),
  );
});
