// Writes the OpenAPI document and the client types from the route declarations.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CONTRACT_FILES, renderContract } from './contract.ts';

const rendered = await renderContract();
for (const [name, path] of Object.entries(CONTRACT_FILES)) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, rendered[name as keyof typeof CONTRACT_FILES]);
  console.log(`wrote ${path}`);
}
