import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** How to run `certc`: a program and the arguments that come before the verb. */
export interface CertcCommand {
  readonly command: string;
  readonly args: readonly string[];
  /** The file that must exist for the command to run; undefined for a program looked up on PATH. */
  readonly file: string | undefined;
  /** Where the command came from, for messages. */
  readonly origin: 'bundled' | 'setting';
}

/**
 * Where `certc` is: the `certlang.server.path` setting when it is set, else the server bundled with the extension
 * (see {@link bundledCertc}). A `.dll` runs with `dotnet`; a bare name (`certc`) is looked up on PATH; a relative
 * path is resolved against the workspace root.
 */
export function locateCertc(
  setting: string,
  extensionPath: string,
  workspaceRoot: string | undefined,
  platform: NodeJS.Platform = process.platform,
): CertcCommand {
  const configured = setting.trim();
  if (configured === '') {
    return bundledCertc(extensionPath, platform);
  }
  if (!configured.includes('/') && !configured.includes('\\') && !configured.toLowerCase().endsWith('.dll')) {
    return { command: configured, args: [], file: undefined, origin: 'setting' };
  }
  const expanded = configured.startsWith('~') ? path.join(os.homedir(), configured.slice(1)) : configured;
  const absolute = path.resolve(workspaceRoot ?? os.homedir(), expanded);
  return absolute.toLowerCase().endsWith('.dll')
    ? viaDotnet(absolute, 'setting')
    : { command: absolute, args: [], file: absolute, origin: 'setting' };
}

/** Why the command cannot run, as a message for the user; undefined when its file exists. */
export function certcProblem(certc: CertcCommand): string | undefined {
  if (certc.file === undefined || fs.existsSync(certc.file)) {
    return undefined;
  }
  return certc.origin === 'bundled'
    ? `CertLang: the bundled language server is missing (${certc.file}). Reinstall the extension, or set certlang.server.path to a certc executable or certc.dll.`
    : `CertLang: certlang.server.path names ${certc.file}, which does not exist. Set it to a certc executable or certc.dll, or clear it to use the bundled server.`;
}

/** A message for a failure to start the program itself (not a failure of certc). */
export function spawnProblem(certc: CertcCommand, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' && certc.command === 'dotnet') {
    return 'CertLang: `dotnet` was not found on PATH. Install the .NET 10 runtime, or install the CertLang package for your platform (which bundles a server that needs no .NET), or set certlang.server.path to a self-contained certc.';
  }
  if (code === 'ENOENT') {
    return `CertLang: ${certc.command} was not found. Check certlang.server.path.`;
  }
  return `CertLang: could not run ${certc.command}: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * The server bundled with the extension: the self-contained executable of a platform package (`server/certc`, or
 * `server/certc.exe` on Windows), which needs no .NET, when there is one; else the framework-dependent
 * `server/certc.dll` of the package for every platform, run with `dotnet`.
 */
export function bundledCertc(extensionPath: string, platform: NodeJS.Platform = process.platform): CertcCommand {
  const native = path.join(extensionPath, 'server', platform === 'win32' ? 'certc.exe' : 'certc');
  return fs.existsSync(native)
    ? { command: native, args: [], file: native, origin: 'bundled' }
    : viaDotnet(path.join(extensionPath, 'server', 'certc.dll'), 'bundled');
}

function viaDotnet(dll: string, origin: CertcCommand['origin']): CertcCommand {
  return { command: 'dotnet', args: [dll], file: dll, origin };
}
