/** What installing the app for a person came to. */
export type InstallOutcome =
  | { state: 'installed' | 'alreadyInstalled'; chatId: string | undefined }
  | { state: 'refused'; reason: string };

/**
 * Puts the app in a person's Teams so the bot can write to them, the way Microsoft's Company Communicator
 * does; locally (and when turned off) nothing is installed.
 */
export interface AppInstaller {
  readonly enabled: boolean;
  install(objectId: string): Promise<InstallOutcome>;
}

export const noInstaller: AppInstaller = {
  enabled: false,
  install: async () => ({ state: 'refused', reason: 'proactive installation is turned off' }),
};
