const storageKey = 'trygghetshjulet.persona';

export const personaStorage = {
  read: (): string | undefined => localStorage.getItem(storageKey) ?? undefined,
  write: (id: string) => localStorage.setItem(storageKey, id),
  clear: () => localStorage.removeItem(storageKey),
};
