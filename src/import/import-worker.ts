// Module worker that imports one file off the main thread, so parsing a large file does not freeze
// the map. Created by import-client.ts for one file; it keeps what it read of the file between the
// mapping step's preview and the confirmed import (worker-session.ts). All logic lives in pure modules.
import { importAnyFile } from './import-any-file.ts';
import type { ImportRequest, ImportWorkerMessage } from './worker-protocol.ts';
import { createWorkerSession } from './worker-session.ts';

// The project's TypeScript lib is DOM, whose `self` is a Window; describe only what a worker uses.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportWorkerMessage): void;
};

const session = createWorkerSession(importAnyFile);

scope.onmessage = (event) => {
  void session.handle(event.data, (message) => scope.postMessage(message));
};
