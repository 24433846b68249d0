import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const entry = resolve(import.meta.dirname, 'main.tsx');

/**
 * The packages the tab may bundle. A domain module the tab imports runs in the browser too: one that reaches a
 * server library (date-holidays with every country's holidays, luxon, SQLite, docx) puts it in the tab's chunks.
 */
const browserPackages = [
  '@fluentui/react-components',
  '@fluentui/react-icons',
  '@microsoft/teams-js',
  '@tanstack/react-query',
  // The same personal identity number check as the service's, so a field warns before it is sent.
  'personnummer',
  'react',
  'react-dom',
  'zod',
];

/** What a module imports at run time: an import of types only vanishes from the build and is left out. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const { module, errors } = parseSync(file, text);
  if (errors.length > 0) throw new Error(`${relative(root, file)}: ${errors[0]!.message}`);
  const typesOnly = (entries: { isType: boolean }[]) => entries.length > 0 && entries.every((entry) => entry.isType);
  return [
    ...module.staticImports.filter((each) => !typesOnly(each.entries)).map((each) => each.moduleRequest.value),
    ...module.staticExports.flatMap((each) =>
      each.entries.flatMap((entry) => (entry.moduleRequest && !entry.isType ? [entry.moduleRequest.value] : [])),
    ),
    // A lazy area's module, named by a literal: the quotes around it cut off.
    ...module.dynamicImports.map((each) => text.slice(each.moduleRequest.start + 1, each.moduleRequest.end - 1)),
  ];
}

function resolveRelative(from: string, specifier: string): string {
  const path = resolve(dirname(from), specifier);
  const stem = path.replace(/\.js$/, '');
  for (const candidate of [`${stem}.ts`, `${stem}.tsx`, join(path, 'index.ts'), path])
    if (existsSync(candidate) && /\.(ts|tsx|json|css)$/.test(candidate)) return candidate;
  throw new Error(`${relative(root, from)} imports ${specifier}, which was not found`);
}

const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Every package the tab's modules reach from its entry, with the chain of modules that first reached it. */
function reachedPackages(): Map<string, string[]> {
  const cameFrom = new Map<string, string | undefined>([[entry, undefined]]);
  const packages = new Map<string, string[]>();
  const chainTo = (file: string) => {
    const chain: string[] = [];
    for (let at: string | undefined = file; at; at = cameFrom.get(at)) chain.unshift(relative(root, at));
    return chain;
  };
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (!/\.tsx?$/.test(file)) continue;
    for (const specifier of runtimeImports(file)) {
      if (specifier.startsWith('.')) {
        const target = resolveRelative(file, specifier);
        if (!cameFrom.has(target)) {
          cameFrom.set(target, file);
          queue.push(target);
        }
      } else if (!packages.has(packageOf(specifier))) packages.set(packageOf(specifier), chainTo(file));
    }
  }
  return packages;
}

describe('the tab’s import graph', () => {
  it('reaches only browser packages, through the domain modules it shares with the service too', () => {
    const reached = reachedPackages();
    const foreign = [...reached]
      .filter(([name]) => !browserPackages.includes(name) || builtinModules.includes(name.replace(/^node:/, '')))
      .map(([name, chain]) => `${name}, through ${chain.join(' → ')}`);
    expect(foreign).toEqual([]);
    // A package the list names and the tab no longer uses is taken off it.
    expect([...reached.keys()].sort()).toEqual([...browserPackages].sort());
  });
});
