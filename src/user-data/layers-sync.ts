// Keeps My data the same in every open tab of the app: a tab that saved, renamed, recoloured, hid or
// removed a layer says so on a BroadcastChannel, and the other tabs read the saved layers again.
// Only "something changed" crosses: the layers themselves are read from the shared store.

const CHANNEL = 'chengyu-map:user-layers';

export interface LayersSync {
  /** tell the other tabs that the saved layers changed */
  announce(): void;
  /** stops listening to the other tabs */
  close(): void;
}

export function connectLayersSync(onOtherTabChange: () => void): LayersSync {
  // Old browsers without BroadcastChannel: each tab sees the others' changes on its next load.
  if (typeof BroadcastChannel === 'undefined') return { announce: () => {}, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL);
  const onMessage = (event: MessageEvent) => {
    if (event.data === 'changed') onOtherTabChange();
  };
  channel.addEventListener('message', onMessage);
  return {
    announce: () => channel.postMessage('changed'),
    close: () => {
      channel.removeEventListener('message', onMessage);
      channel.close();
    },
  };
}
