import { closeSync, openSync, readSync } from 'node:fs';

/**
 * Whether a file is a Linux x86-64 shared object (what App Service's Linux x64 workers load): the ELF magic,
 * 64-bit class and machine 0x3E (EM_X86_64) at offset 18.
 */
export function isLinuxX64Binary(file: string): boolean {
  const header = Buffer.alloc(20);
  const fd = openSync(file, 'r');
  try {
    if (readSync(fd, header, 0, 20, 0) < 20) return false;
  } finally {
    closeSync(fd);
  }
  const magic = header[0] === 0x7f && header.toString('latin1', 1, 4) === 'ELF';
  return magic && header[4] === 2 && header.readUInt16LE(18) === 0x3e;
}
