import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReminderService } from '../../api/context.js';
import { projectRoot } from '../../api/paths.js';
import { chromiumMissing, launchChromium, newPage } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const alexWilber = '00000000-0000-0000-0000-0000000000020';
let server: TestServer;
let browser: Browser;
let playground: ChildProcess | undefined;
let playgroundUrl: string;
const logDir = mkdtempSync(join(tmpdir(), 'playground-test-'));

/** Microsoft's own Agents Playground, offline, against the service; its default user is Alex Wilber. */
async function startPlayground(botUrl: string): Promise<string> {
  playground = spawn(
    join(projectRoot, 'node_modules', '.bin', 'agentsplayground'),
    ['--app-endpoint', `${botUrl}/api/messages`, '--channel-id', 'msteams', '--disable-telemetry', '--port', '0'],
    {
      cwd: logDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: 'none',
        M365_AGENTS_PLAYGROUND_LOGFILE: join(logDir, 'playground.log'),
      },
    },
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Agents Playground did not start within 60 s')), 60_000);
    createInterface({ input: playground!.stdout! }).on('line', (line) => {
      const listening = /Listening on (\d+)/.exec(line);
      if (listening) {
        clearTimeout(timer);
        resolve(`http://localhost:${listening[1]}`);
      }
    });
    playground!.on('exit', (code) => reject(new Error(`Agents Playground exited (${code})`)));
  });
}

async function chooseOption(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  await page.getByRole('option', { name: option }).click();
  await expect.poll(() => combobox.inputValue()).toBe(option);
}

beforeAll(async () => {
  if (chromiumMissing) return;
  // Three days before the department reports are due (30 November 2026): a reminder is due today.
  server = await startTestServer({ now: '2026-11-27T09:00:00+01:00' });
  playgroundUrl = await startPlayground(server.url);
  browser = await launchChromium();
}, 90_000);
afterAll(async () => {
  await browser?.close();
  playground?.kill('SIGTERM');
  await server?.close();
  rmSync(logDir, { recursive: true, force: true });
});

describe.skipIf(chromiumMissing)('the November report in Microsoft 365 Agents Playground', () => {
  it('reminds Alex Wilber, who asks for the card, fills it in, submits it and sees the receipt', async () => {
    const page = await newPage(browser);
    await page.goto(playgroundUrl);
    const compose = page.locator('[data-lexical-editor=true]');
    await compose.waitFor({ timeout: 30_000 });

    // Opening the playground installs the bot for Alex, which is what makes him reachable.
    await expect.poll(() => server.bot.references.find(alexWilber), { timeout: 20_000 }).toBeDefined();
    const run = await createReminderService(server.ctx, server.bot.reminderSender, 'playground-test').runOnce();
    expect(run).toMatchObject({ sent: 1, failed: 0 });
    await page
      .getByText('Påminnelse: rapporten från Socialförvaltningen till säkerhetschefen')
      .first()
      .waitFor({ timeout: 20_000 });

    await compose.click();
    await page.keyboard.type('rapportera');
    await page.keyboard.press('Enter');

    // The reminder brought the form too; wait for the second one, the answer to "rapportera", and use it.
    const forms = page.locator('.ac-adaptiveCard', { hasText: 'Förvaltningens rapport 2026 – Socialförvaltningen' });
    await expect.poll(() => forms.count(), { timeout: 20_000 }).toBe(2);
    const card = forms.nth(1);
    await card.locator('textarea').first().fill('Oro kring stationsområdet på kvällstid, fler orosanmälningar.');
    // The playground renders a compact ChoiceSet as a Fluent combobox, as Teams does.
    const statuses = card.locator('input[role=combobox][placeholder="Välj status / Choose status"]');
    expect(await statuses.count()).toBe(2);
    await chooseOption(page, statuses.nth(0), 'Genomförd / Done');
    await chooseOption(page, statuses.nth(1), 'Pågår / In progress');
    await card.getByRole('button', { name: 'Lämna in / Submit' }).click();

    await page.locator('.ac-adaptiveCard', { hasText: 'Rapporten är mottagen' }).last().waitFor({ timeout: 20_000 });
    const stored = await server.ctx.store.queryItems('departmentReports', {});
    expect(stored.items).toHaveLength(1);
    expect(stored.items[0]!.fields).toMatchObject({ status: 'submitted', submittedBy: alexWilber });
    const content = stored.items[0]!.fields.content as { situation: string; actions: { progress: string }[] };
    expect(content.situation).toContain('stationsområdet');
    expect(content.actions.map((action) => action.progress)).toEqual(['done', 'inProgress']);
    await page.screenshot({ path: join(tmpdir(), 'playground-receipt.png') });
    await page.context().close();
  }, 90_000);
});
