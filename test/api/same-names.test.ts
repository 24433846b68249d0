import { describe, expect, it } from 'vitest';
import { personas } from '../support/personas.js';
import { apiOnDate } from '../support/api-on-date.js';

const { api, chief } = apiOnDate('2026-11-24T09:00:00+01:00');

const departments = async () =>
  (await api().get('/api/departments').set(chief).expect(200)).body.departments as {
    id: string;
    etag: string;
    name: string;
  }[];

describe('names no two may share', () => {
  it('refuses a department called as one there is, however the name is written, and makes none', async () => {
    const before = await departments();
    for (const name of [
      'Socialförvaltningen'.normalize('NFD'),
      'socialförvaltningen',
      '  Socialförvaltningen ',
      'Social\u200Bförvaltningen',
    ]) {
      const { body } = await api().post('/api/departments').set(chief).send({ name }).expect(400);
      expect(body.issues).toEqual([
        {
          field: 'name',
          message: 'det finns redan en förvaltning som heter ”Socialförvaltningen”',
          messageEn: 'there is already a department called “Socialförvaltningen”',
        },
      ]);
    }
    expect(await departments()).toEqual(before);
  });

  it('refuses renaming a department to another’s name, and lets one keep its own in other letters', async () => {
    const all = await departments();
    const social = all.find((d) => d.name === 'Socialförvaltningen')!;
    const school = all.find((d) => d.name === 'Barn- och utbildningsförvaltningen')!;
    const taken = await api()
      .patch(`/api/departments/${school.id}`)
      .set(chief)
      .set('If-Match', school.etag)
      .send({ name: 'SOCIALFÖRVALTNINGEN' })
      .expect(400);
    expect(taken.body.message).toBe(
      'Ogiltigt värde i innehållet: name: det finns redan en förvaltning som heter ”Socialförvaltningen”',
    );
    const own = await api()
      .patch(`/api/departments/${social.id}`)
      .set(chief)
      .set('If-Match', social.etag)
      .send({ name: 'Socialförvaltningen'.normalize('NFD') })
      .expect(200);
    expect(own.body.name).toBe('Socialförvaltningen');
  });

  it('keeps a name composed, without stray invisibles, one space between words; one of invisibles only is none', async () => {
    const created = await api()
      .post('/api/departments')
      .set(chief)
      .send({ name: ' Miljö\u00A0och\u200B  hälsoskydd\u00AD ' })
      .expect(201);
    expect(created.body.name).toBe('Miljö och hälsoskydd');
    expect(created.body.name).toBe(created.body.name.normalize('NFC'));
    const blank = await api().post('/api/departments').set(chief).send({ name: '\u200B\u00A0\uFEFF' }).expect(400);
    expect(blank.body.issues).toEqual([{ field: 'name', message: 'ange ett namn', messageEn: 'give a name' }]);
  });

  it('refuses an actor called as one there is', async () => {
    const { actors } = (await api().get('/api/actors').set(chief).expect(200)).body;
    const { body } = await api()
      .post('/api/actors')
      .set(chief)
      .send({ name: `${actors[0].name.toUpperCase()} `, kind: 'other' })
      .expect(400);
    expect(body.issues[0].message).toBe(`det finns redan en aktör som heter ”${actors[0].name}”`);
  });

  it('keeps a person named twice among an actor’s members once', async () => {
    const { body } = await api()
      .post('/api/actors')
      .set(chief)
      .send({ name: 'Trygghetsvandrarna', kind: 'civilSociety', memberIds: [personas.police, personas.police] })
      .expect(201);
    expect(body.members.map((member: { id: string }) => member.id)).toEqual([personas.police]);
  });

  it('refuses two categories called the same, naming the second beside its name', async () => {
    const current = (await api().get('/api/situation/categories').set(chief).expect(200)).body;
    const twice = await api()
      .put('/api/situation/categories')
      .set(chief)
      .set('If-Match', current.etag)
      .send({ categories: [...current.categories, { id: 'klotter-2', sv: ' KLOTTER', en: 'Tags' }] })
      .expect(400);
    expect(twice.body.issues).toEqual([
      {
        field: `categories.${current.categories.length}.sv`,
        message: 'det finns redan en kategori som heter ”Klotter”',
        messageEn: 'there is already a category called “Klotter”',
      },
    ]);
  });
});
