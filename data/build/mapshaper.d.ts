// mapshaper ships no typings; this declares the one programmatic entry point the build uses.
declare module 'mapshaper' {
  /** Runs mapshaper commands on in-memory inputs (keyed by file name) and resolves to the -o outputs. */
  export function applyCommands(
    commands: string,
    input: Record<string, unknown>,
  ): Promise<Record<string, string | Uint8Array>>;
  const mapshaper: { applyCommands: typeof applyCommands };
  export default mapshaper;
}
