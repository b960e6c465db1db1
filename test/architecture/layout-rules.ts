import { posix } from 'node:path';

/**
 * The rules of docs/subgraph-template.md as code, over one subgraph's `src/` given as
 * `{ 'resolvers/x.resolver.ts': source, … }` (paths relative to src), so the check runs on the
 * real tree and on small in-memory examples alike.
 */

export type SourceTree = Record<string, string>;

const ROOT_FILES = new Set(['index.ts', 'subgraph.ts', 'settings.ts', 'context.ts', 'schema.ts']);
const REQUIRED_ROOT_FILES = ['index.ts', 'subgraph.ts', 'context.ts', 'schema.ts'];
const FOLDERS = new Set(['entities', 'migrations', 'types', 'resolvers', 'services', 'messaging']);
const REQUIRED_FOLDERS = ['entities', 'migrations', 'types', 'resolvers', 'services'];
/** `incoming/<domain>.<topic>.ts`, named after the Kafka topic it handles. */
const TOPIC_FILE = /^[a-z]+\.[a-z]+\.ts$/;

type Layer = 'resolvers' | 'services' | 'incoming' | 'outgoing' | 'entities' | 'types' | 'migrations' | 'root';

function layerOf(path: string): Layer {
  if (path.startsWith('messaging/incoming/')) return 'incoming';
  if (path === 'messaging/outgoing.ts') return 'outgoing';
  const top = path.split('/')[0]!;
  return FOLDERS.has(top) ? (top as Layer) : 'root';
}

/** Where the folders and files of one subgraph's src/ differ from the template. */
export function layoutProblems(tree: SourceTree): string[] {
  const paths = Object.keys(tree);
  const problems: string[] = [];
  for (const file of REQUIRED_ROOT_FILES) if (!tree[file]) problems.push(`missing ${file}`);
  for (const folder of REQUIRED_FOLDERS) if (!paths.some((path) => path.startsWith(`${folder}/`))) problems.push(`missing ${folder}/`);
  if (!tree['resolvers/index.ts']) problems.push('missing resolvers/index.ts');
  for (const path of paths) {
    const [top, ...rest] = path.split('/');
    if (rest.length === 0) {
      if (!ROOT_FILES.has(top!)) problems.push(`${path} is not a file of the template`);
    } else if (!FOLDERS.has(top!)) {
      problems.push(`${top}/ is not a folder of the template`);
    } else if (top === 'resolvers' && path !== 'resolvers/index.ts' && !/^resolvers\/[a-z-]+\.resolver\.ts$/.test(path)) {
      problems.push(`${path}: resolvers/ holds index.ts and *.resolver.ts only`);
    } else if (top === 'messaging' && !isMessagingFile(rest)) {
      problems.push(`${path}: messaging/ holds outgoing.ts and incoming/{index,<domain>.<topic>}.ts only`);
    }
  }
  const incoming = paths.filter((path) => path.startsWith('messaging/incoming/'));
  if (incoming.length > 0 && !tree['messaging/incoming/index.ts']) problems.push('missing messaging/incoming/index.ts');
  return [...new Set(problems)];
}

function isMessagingFile(rest: string[]): boolean {
  if (rest.length === 1) return rest[0] === 'outgoing.ts';
  return rest.length === 2 && rest[0] === 'incoming' && (rest[1] === 'index.ts' || TOPIC_FILE.test(rest[1]!));
}

export interface Import {
  /** The importing file, relative to src. */
  from: string;
  specifier: string;
  /** Resolved relative to src; undefined for packages. */
  target?: string;
  typeOnly: boolean;
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?([^;=()]*?)\s*from\s+['"]([^'"]+)['"]/gm;

/** The `import … from '…'` and `export … from '…'` statements of every file, relative ones resolved. */
export function importsOf(tree: SourceTree): Import[] {
  return Object.entries(tree).flatMap(([from, source]) =>
    [...source.matchAll(IMPORT)].map(([, , typeKeyword, clause, specifier]) => {
      const typeOnly = Boolean(typeKeyword) || isTypeOnlyClause(clause!);
      const target = specifier!.startsWith('.') ? posix.normalize(posix.join(posix.dirname(from), specifier!)).replace(/\.js$/, '.ts') : undefined;
      return { from, specifier: specifier!, target, typeOnly };
    }),
  );
}

/** `{ type A, type B }`: every named specifier marked `type`. */
function isTypeOnlyClause(clause: string): boolean {
  const braces = /^\{([\s\S]*)\}$/.exec(clause.trim());
  if (!braces) return false;
  const names = braces[1]!.split(',').map((name) => name.trim()).filter(Boolean);
  return names.length > 0 && names.every((name) => name.startsWith('type '));
}

/** What each layer may import of its own subgraph (values; `import type` of context.ts is always allowed). */
const ALLOWED: Record<Exclude<Layer, 'root'>, Layer[]> = {
  resolvers: ['types', 'entities'],
  services: ['services', 'entities', 'outgoing', 'types'],
  incoming: ['incoming', 'services', 'entities'],
  outgoing: ['entities'],
  entities: ['entities'],
  types: ['types', 'entities'],
  migrations: ['migrations'],
};

/** Imports that break the arrows of "Who may import what". */
export function importProblems(tree: SourceTree): string[] {
  const problems: string[] = [];
  for (const { from, specifier, target, typeOnly } of importsOf(tree)) {
    if (target === undefined) {
      if (/^@boxoffice\/(?!platform$)/.test(specifier)) problems.push(`${from} imports ${specifier}: subgraphs never import each other`);
      continue;
    }
    if (target.startsWith('..')) {
      problems.push(`${from} imports ${specifier}, outside its subgraph`);
      continue;
    }
    const source = layerOf(from);
    const destination = layerOf(target);
    if (destination === 'resolvers') {
      if (from !== 'schema.ts' && from !== 'resolvers/index.ts') {
        problems.push(`${from} imports ${specifier}: nothing but schema.ts and resolvers/index.ts imports resolvers/`);
      }
      continue;
    }
    if (source === 'root') continue;
    if (target === 'context.ts' && typeOnly && source !== 'entities' && source !== 'outgoing') continue;
    if (target === 'settings.ts' && source === 'services') continue;
    if (source === 'resolvers' && destination === 'services' && typeOnly) continue;
    if (!ALLOWED[source].includes(destination)) problems.push(`${from} imports ${specifier}: ${source} may not import ${destination}`);
  }
  return problems;
}

/** The entity manager: `ctx.em` (any `.em`), a destructured `em`, or the EntityManager type. */
const ENTITY_MANAGER = /\.em\b|[{,]\s*em\s*[,}:]|\bEntityManager\b/;

/** Resolvers that reach the database themselves: they are thin, so the database is a service's business. */
export function resolverProblems(tree: SourceTree): string[] {
  return Object.entries(tree)
    .filter(([path, source]) => layerOf(path) === 'resolvers' && ENTITY_MANAGER.test(source))
    .map(([path]) => `${path} uses the entity manager: resolvers reach the database through ctx.services`);
}
