import { execFile } from 'node:child_process';
import type { CertcCommand } from './certcLocation';

/** What one run of `certc` printed and how it exited. */
export interface CertcResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `certc` with the arguments (no shell), resolving with its exit code whatever it is; rejects only when
 * the program cannot be started.
 */
export function runCertc(certc: CertcCommand, args: readonly string[], cwd: string): Promise<CertcResult> {
  return new Promise((resolve, reject) => {
    execFile(
      certc.command,
      [...certc.args, ...args],
      { cwd, maxBuffer: 64 * 1024 * 1024, windowsHide: true },
      (error, stdout, stderr) => {
        if (error !== null && typeof error.code !== 'number') {
          reject(error);
          return;
        }
        resolve({ exitCode: error === null ? 0 : Number(error.code), stdout, stderr });
      },
    );
  });
}
