// Module worker that imports one file at a time off the main thread, so parsing a large file
// does not freeze the map. Created by import-client.ts; all logic lives in pure modules.
import { importAnyFile } from './import-any-file.ts';
import { handleImportRequest, type ImportRequest, type ImportWorkerMessage } from './worker-protocol.ts';

// The project's TypeScript lib is DOM, whose `self` is a Window; describe only what a worker uses.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportWorkerMessage): void;
};

scope.onmessage = (event) => {
  void handleImportRequest(event.data, (message) => scope.postMessage(message), importAnyFile);
};
