/** The one typed wrapper that binds the IPC contract: it checks the sender and validates arguments first. */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { argValidators, callChannels, type CallName, type GalleyCalls } from '../shared/ipc';
import { fail } from '../shared/result';

/** Decides whether an IPC event comes from our own renderer page. */
export type SenderCheck = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>) => boolean;

/** Register a handler for every call of the contract on `ipcMain`; returns a function that removes them. */
export function bindCalls(ipcMain: IpcMain, calls: GalleyCalls, isTrustedSender: SenderCheck): () => void {
  const names = Object.keys(callChannels) as CallName[];
  for (const name of names) {
    const channel = callChannels[name];
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event)) return fail('invalid-argument', `Refused ${channel}: the sender is not the Galley window.`);
      if (!argValidators[name](args)) return fail('invalid-argument', `Refused ${channel}: invalid arguments.`);
      try {
        const method = calls[name] as (...a: unknown[]) => Promise<unknown>;
        return await method(...args);
      } catch (error) {
        // A throw is a programmer error; it still crosses as data so the renderer can show it.
        return fail('internal', `${channel} failed: ${(error as Error).message}`);
      }
    });
  }
  return () => {
    for (const name of names) ipcMain.removeHandler(callChannels[name]);
  };
}

/** A sender check: the sending frame's URL must be our app page. */
export function senderIsApp(appUrl: () => string, isApp: (url: string, app: string) => boolean): SenderCheck {
  return (event) => {
    const url = event.senderFrame?.url ?? '';
    return url !== '' && isApp(url, appUrl());
  };
}
