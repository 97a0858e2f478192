// The platform packages the extension is built for: each vsce target with the .NET runtime identifier its server is
// published for and the name of that server's executable in server/.
export const platforms = {
  'linux-x64': { rid: 'linux-x64', server: 'certc' },
  'win32-x64': { rid: 'win-x64', server: 'certc.exe' },
  'darwin-arm64': { rid: 'osx-arm64', server: 'certc' },
  'darwin-x64': { rid: 'osx-x64', server: 'certc' },
};

/** The platform of a vsce target, or an error naming the known ones. */
export function platformOf(target) {
  const platform = platforms[target];
  if (platform === undefined) {
    throw new Error(`unknown target '${target}'; the targets: ${Object.keys(platforms).join(', ')}`);
  }
  return platform;
}

/** The vsce target of the machine this runs on (linux-x64, darwin-arm64, …). */
export const hostTarget = `${process.platform}-${process.arch}`;
