import { describe, expect, it } from 'vitest';
import { chooseFile, chromiumMissing, seriousAccessibilityViolations } from '../support/browser.js';
import { as, personas } from '../support/personas.js';
import { tabInBrowser } from '../support/tab-in-browser.js';

// Three weeks before the council, when the actors write their part.
const tab = tabInBrowser('2026-11-18T09:00:00+01:00');

async function actorIds(): Promise<Record<string, string>> {
  const response = await fetch(`${tab.server.url}/api/actors`, { headers: as(personas.securityChief) });
  const { actors } = (await response.json()) as { actors: { id: string; name: string }[] };
  return Object.fromEntries(actors.map((actor) => [actor.name, actor.id]));
}

/** The 2026 council, planned by the säkerhetschef for 10 December with the police and Näringslivsrådet, whichever test comes first. */
async function councilPlanned(): Promise<void> {
  const current = (await (
    await fetch(`${tab.server.url}/api/councils/2026`, { headers: as(personas.securityChief) })
  ).json()) as { planned: boolean };
  if (current.planned) return;
  const ids = await actorIds();
  const planned = await fetch(`${tab.server.url}/api/councils/2026`, {
    method: 'POST',
    headers: { ...as(personas.securityChief), 'Content-Type': 'application/json' },
    body: JSON.stringify({
      date: '2026-12-10',
      place: 'Kommunhuset',
      invitedActorIds: [ids['Polisen, lokalpolisområde Askersund'], ids.Näringslivsrådet],
    }),
  });
  expect(planned.status).toBe(201);
}

describe.skipIf(chromiumMissing)('an actor’s part of the year, in the tab', () => {
  it('lets the police write the police’s own entry, hand in the written lägesbild and report a commitment’s result, without the säkerhetschef typing for them', {
    timeout: 90_000,
  }, async () => {
    await councilPlanned();

    const page = await tab.open('lagesbild/poster', 'Jonas Wik');
    await page.getByRole('button', { name: 'Ny post' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Område eller plats' }).fill('Resecentrum');
    await dialog.getByRole('combobox', { name: 'Kategori' }).selectOption({ label: 'Ordningsstörning' });
    await dialog.getByRole('textbox', { name: 'Beskrivning' }).fill('Grupper av unga stör resenärer fredagskvällar');
    expect(await dialog.getByRole('checkbox', { name: /BOB/ }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    const search = page.getByRole('search');
    await search.getByRole('searchbox', { name: 'Sök i texten' }).fill('stör resenärer fredagskvällar');
    await search.getByRole('button', { name: 'Visa' }).click();
    const row = page.getByRole('table', { name: 'Poster' }).getByRole('row', { name: /Resecentrum/ });
    await row.getByText('Aktör: Polisen, lokalpolisområde Askersund').waitFor();
    // Their own entry is theirs to change; an EST entry is not.
    await row.getByRole('button', { name: /^Ändra posten/ }).waitFor();
    await search.getByRole('searchbox', { name: 'Sök i texten' }).fill('');
    await search.getByRole('combobox', { name: 'Källa' }).selectOption({ label: 'EST' });
    await search.getByRole('button', { name: 'Visa' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Visar 50 av \d+ poster/ })
      .waitFor();
    expect(
      await page
        .getByRole('table', { name: 'Poster' })
        .getByRole('button', { name: /^Ändra posten/ })
        .count(),
    ).toBe(0);
    expect(await seriousAccessibilityViolations(page, 'entries as the police')).toEqual([]);

    await page.goto(`${tab.server.url}/#/strategiskt-rad/planering/2026`);
    await page
      .getByText('Lämna den skriftliga lägesbilden från Polisen, lokalpolisområde Askersund senast 19 november 2026')
      .waitFor();
    const materials = page.getByRole('table', { name: 'Inbjudna aktörer och deras lägesbilder' });
    expect(
      await materials
        .getByRole('row', { name: /Näringslivsrådet/ })
        .getByRole('button')
        .count(),
    ).toBe(0);
    await chooseFile(
      materials.getByRole('button', { name: 'Skriftlig lägesbild från Polisen, lokalpolisområde Askersund Välj fil' }),
      { name: 'Polisens lägesbild.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 lägesbild') },
    );
    await page
      .getByText('Den skriftliga lägesbilden från Polisen, lokalpolisområde Askersund kom in 18 november 2026.', {
        exact: false,
      })
      .waitFor();
    await materials
      .getByRole('row', { name: /Polisen/ })
      // The download link, not the Registrering button beside it that names the same file.
      .getByRole('button', { name: /^Polisen.* – Polisens lägesbild\.pdf$/ })
      .waitFor();
    // Or written here, under the annual lägesbild's headings.
    await materials
      .getByRole('row', { name: /Polisen/ })
      .getByRole('button', { name: 'Skriv lägesbilden här' })
      .click();
    const writing = page.getByRole('dialog', { name: 'Skriftlig lägesbild från Polisen, lokalpolisområde Askersund' });
    await writing
      .getByRole('textbox', { name: 'Sammanfattning' })
      .fill('Lugnare höst i centrum, oro kring resecentrum kvällstid.');
    await writing.getByRole('button', { name: 'Spara' }).click();
    await writing.waitFor({ state: 'detached' });
    const written = page.getByRole('region', {
      name: 'Skriftlig lägesbild från Polisen, lokalpolisområde Askersund, skriven i Trygghetshjulet',
    });
    await written.getByText('Lugnare höst i centrum, oro kring resecentrum kvällstid.').waitFor();
    expect(await seriousAccessibilityViolations(page, 'council planning as the police')).toEqual([]);

    // What the police promised at last year's council, and what became of it.
    const results = page.getByRole('table', { name: 'Åtaganden från rådet 2025 och hur de gick' });
    const promise = results.getByRole('row', { name: /Synlig närvaro vid resecentrum/ });
    await promise.getByText('Inget resultat rapporterat ännu.').waitFor();
    expect(await results.getByRole('button', { name: 'Rapportera resultat' }).count()).toBe(1);
    await promise.getByRole('button', { name: 'Rapportera resultat' }).click();
    const report = page.getByRole('dialog', { name: /^Resultat: Synlig närvaro/ });
    await report.getByRole('combobox', { name: 'Hur gick det?' }).selectOption({ label: 'Pågår' });
    await report.getByRole('textbox', { name: 'Vad gjordes' }).fill('Fredagar varje vecka, lördagar varannan.');
    await report.getByRole('button', { name: 'Spara' }).click();
    await report.waitFor({ state: 'detached' });
    await promise.getByText('Pågår: Fredagar varje vecka, lördagar varannan.').waitFor();
    await promise.getByText('Rapporterat av Jonas Wik 18 november 2026').waitFor();
    await promise.getByRole('button', { name: 'Ändra resultatet' }).waitFor();
    await page.context().close();
  });

  it('lets the säkerhetschef name an actor’s representatives from the directory', { timeout: 60_000 }, async () => {
    const page = await tab.open('installningar', 'Karin Ek');
    await page.getByRole('button', { name: 'Ändra Föreningsrådet' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('searchbox', { name: 'Sök företrädare i katalogen' }).fill('Ulla');
    await dialog
      .getByRole('combobox', { name: 'Lägg till företrädare' })
      .selectOption({ label: 'Ulla Ström (Kommunsekreterare)' });
    await dialog.getByRole('listitem').filter({ hasText: 'Ulla Ström' }).waitFor();
    expect(await seriousAccessibilityViolations(page, 'actor with representatives')).toEqual([]);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('table', { name: 'Aktörer' })
      .getByRole('row', { name: /Föreningsrådet/ })
      .getByText('Ulla Ström')
      .waitFor();
    await page.context().close();
  });

  it('shows the säkerhetschef the outbox: the council’s meeting invitation and the requests, kept locally', {
    timeout: 60_000,
  }, async () => {
    await councilPlanned();
    const page = await tab.open('installningar', 'Karin Ek');
    const outbox = page.getByRole('region', { name: 'Utkorg' });
    await outbox.getByText(/^Inget skickas härifrån/).waitFor();
    await outbox.getByText('Mötesinbjudan: Strategiskt råd 2026 – Askersunds kommun').click();
    await outbox
      .locator('details[open]')
      .getByText(/Till: .*Jonas Wik/)
      .waitFor();
    await outbox.getByText('E-post: Skriftlig lägesbild till strategiska rådet 10 december 2026').first().waitFor();
    expect(await seriousAccessibilityViolations(page, 'outbox')).toEqual([]);
    await page.context().close();
  });
});
