import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { bundledCertc, certcProblem, locateCertc, spawnProblem } from '../src/certcLocation';
import { extensionRoot, serverDll } from './server';

test('without a setting, the bundled certc.dll runs with dotnet', () => {
  const certc = locateCertc('  ', extensionRoot, '/work/pack');
  assert.deepEqual(certc, { command: 'dotnet', args: [serverDll], file: serverDll, origin: 'bundled' });
  assert.equal(certcProblem(certc), undefined);
});

test('a setting names a dll, an executable (relative to the workspace) or a program on PATH', () => {
  assert.deepEqual(locateCertc('/opt/certc/certc.dll', extensionRoot, undefined).args, ['/opt/certc/certc.dll']);
  assert.deepEqual(locateCertc('tools/certc', extensionRoot, '/work/pack'), {
    command: path.resolve('/work/pack', 'tools/certc'), args: [], file: path.resolve('/work/pack', 'tools/certc'), origin: 'setting',
  });
  assert.equal(locateCertc('~/bin/certc', extensionRoot, undefined).command, path.join(os.homedir(), 'bin', 'certc'));
  assert.deepEqual(locateCertc('certc', extensionRoot, '/work/pack'), { command: 'certc', args: [], file: undefined, origin: 'setting' });
});

test('a missing server and a missing dotnet are explained', () => {
  assert.match(certcProblem(locateCertc('', '/nowhere', undefined)) ?? '', /bundled language server is missing/);
  assert.match(certcProblem(locateCertc('/nowhere/certc.dll', extensionRoot, undefined)) ?? '', /certlang.server.path names \/nowhere\/certc.dll/);
  const enoent = Object.assign(new Error('spawn dotnet ENOENT'), { code: 'ENOENT' });
  assert.match(spawnProblem(locateCertc('', extensionRoot, undefined), enoent), /Install the .NET 10 runtime/);
});

test('the native server of a platform package is preferred to certc.dll, and needs no dotnet', () => {
  const extension = fs.mkdtempSync(path.join(os.tmpdir(), 'certlang-extension-'));
  try {
    fs.mkdirSync(path.join(extension, 'server'));
    const dll = path.join(extension, 'server', 'certc.dll');
    fs.writeFileSync(dll, '');
    assert.deepEqual(bundledCertc(extension, 'linux'), { command: 'dotnet', args: [dll], file: dll, origin: 'bundled' });

    const exe = path.join(extension, 'server', 'certc.exe');
    fs.writeFileSync(exe, '');
    assert.equal(bundledCertc(extension, 'linux').command, 'dotnet', 'certc.exe is for Windows only');
    assert.deepEqual(bundledCertc(extension, 'win32'), { command: exe, args: [], file: exe, origin: 'bundled' });

    const native = path.join(extension, 'server', 'certc');
    fs.writeFileSync(native, '');
    assert.deepEqual(locateCertc('', extension, undefined, 'darwin'), { command: native, args: [], file: native, origin: 'bundled' });
    assert.equal(locateCertc('/opt/certc/certc.dll', extension, undefined, 'linux').args[0], '/opt/certc/certc.dll', 'the setting still wins');
  } finally {
    fs.rmSync(extension, { recursive: true, force: true });
  }
});
