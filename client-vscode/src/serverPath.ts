import * as path from 'node:path';

/** How to start the language server, and where that choice came from (shown in the output). */
export interface ServerCommand {
  command: string;
  args: string[];
  source: 'setting' | 'bundled' | 'path';
}

export interface ResolveInput {
  /** `listing.server.path`; empty means "not set". */
  configuredPath: string;
  extensionPath: string;
  /** First workspace folder, against which a relative configured path is resolved. */
  workspaceFolder?: string;
  platform: NodeJS.Platform;
  homeDir: string;
  isFile(p: string): boolean;
  /** Finds an executable on PATH, or undefined. */
  which(name: string): string | undefined;
}

export function executableName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'listing.exe' : 'listing';
}

/**
 * The configured path wins (so a development build can replace the bundled one); otherwise the
 * server shipped in the VSIX; otherwise `listing` on PATH (a `dotnet tool install` of the CLI).
 * Throws with a message meant for the user when nothing usable is found.
 */
export function resolveServerCommand(input: ResolveInput): ServerCommand {
  const configured = input.configuredPath.trim();
  if (configured !== '') {
    let p = configured.startsWith('~') ? path.join(input.homeDir, configured.slice(1)) : configured;
    if (!path.isAbsolute(p) && input.workspaceFolder !== undefined) p = path.join(input.workspaceFolder, p);
    if (!input.isFile(p)) {
      throw new Error(`listing.server.path points to "${p}", which is not a file.`);
    }
    return { command: p, args: ['lsp'], source: 'setting' };
  }
  const bundled = path.join(input.extensionPath, 'server', executableName(input.platform));
  if (input.isFile(bundled)) return { command: bundled, args: ['lsp'], source: 'bundled' };
  const onPath = input.which(executableName(input.platform));
  if (onPath !== undefined) return { command: onPath, args: ['lsp'], source: 'path' };
  throw new Error(
    'No listing language server found: this build of the extension has no bundled server for ' +
      `${input.platform}, and "listing" is not on PATH. Set listing.server.path to a listing executable.`,
  );
}
