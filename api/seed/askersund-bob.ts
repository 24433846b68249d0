/** Two meetings of Askersund's BOB steering group for the demo: situations and measures, no named children. */
export const demoBobMeetings = [
  {
    date: '2026-09-15',
    title: 'Lägesgenomgång efter sommaren',
    place: 'Kommunhuset, KS-rummet',
    attendees: 'KS ordförande, kommundirektör, säkerhetschef',
    notes:
      'Polisen ser tecken på rekryteringsförsök vid resecentrum under sommaren.\nSocialtjänsten och skolan stärker samverkan kring tidiga signaler efter skolstart.',
    documentPath: null,
  },
  {
    date: '2026-11-10',
    title: 'Inför det strategiska rådet',
    place: 'Kommunhuset, KS-rummet',
    attendees: 'KS ordförande, kommundirektör, säkerhetschef',
    notes: 'Vilka delar av BOB-arbetet som kan redovisas öppet i rådet och vilka som stannar i styrgruppen.',
    documentPath: null,
  },
];
