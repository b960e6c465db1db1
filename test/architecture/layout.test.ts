import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT, SUBGRAPHS } from '@boxoffice/devstack';
import { importProblems, layoutProblems, resolverProblems, type SourceTree } from './layout-rules.js';

function sourceTree(root: string): SourceTree {
  const tree: SourceTree = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else tree[relative(root, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(root);
  return tree;
}

describe.each(SUBGRAPHS)('subgraphs/%s follows docs/subgraph-template.md', (name) => {
  const tree = sourceTree(`${REPO_ROOT}subgraphs/${name}/src`);

  it('has the template’s folders and files, and a test/ folder', () => {
    expect(layoutProblems(tree)).toEqual([]);
    expect(existsSync(`${REPO_ROOT}subgraphs/${name}/test`)).toBe(true);
  });

  it('imports only along the arrows', () => {
    expect(importProblems(tree)).toEqual([]);
  });

  it('has resolvers that leave the database to services', () => {
    expect(resolverProblems(tree)).toEqual([]);
  });
});

describe('the layout check', () => {
  const valid: SourceTree = {
    'index.ts': "import { runSubgraph } from '@boxoffice/platform';\nimport { shopSubgraph } from './subgraph.js';",
    'subgraph.ts': "import { Orders } from './services/orders.js';",
    'context.ts': "import type { Orders } from './services/orders.js';",
    'schema.ts': "import { resolvers } from './resolvers/index.js';",
    'entities/order.entity.ts': "import { Entity } from '@mikro-orm/decorators/legacy';",
    'migrations/index.ts': 'export const migrations = [];',
    'types/order-args.ts': "import { Order } from '../entities/order.entity.js';",
    'resolvers/index.ts': "export { OrderResolver } from './order.resolver.js';",
    'resolvers/order.resolver.ts': "import type { ShopContext } from '../context.js';\nimport type { Orders } from '../services/orders.js';",
    'services/orders.ts': "import { Order } from '../entities/order.entity.js';\nimport { orderPlaced } from '../messaging/outgoing.js';",
    'messaging/outgoing.ts': "import type { Order } from '../entities/order.entity.js';",
    'messaging/incoming/index.ts': "import { paymentHandlers } from './payments.payment.js';",
    'messaging/incoming/payments.payment.ts': "import type { ShopServices } from '../../context.js';",
  };

  it('accepts a subgraph shaped like the template', () => {
    expect(layoutProblems(valid)).toEqual([]);
    expect(importProblems(valid)).toEqual([]);
    expect(resolverProblems(valid)).toEqual([]);
  });

  it('names resolvers that use the entity manager, however they reach it', () => {
    const tree = {
      ...valid,
      'resolvers/order.resolver.ts': 'orders(ctx: ShopContext) {\n  return findPage(ctx.em, Order, {}, { id: "asc" }, page);\n}',
      'resolvers/line.resolver.ts': 'lines({ em, auth }: ShopContext) {\n  return em.find(Line, { ownerId: auth.viewer.id });\n}',
      'resolvers/index.ts': "import type { EntityManager } from '@mikro-orm/postgresql';",
      'services/orders.ts': 'list({ em }: RequestContext) {\n  return em.find(Order, {});\n}',
    };
    expect(resolverProblems(tree)).toEqual([
      'resolvers/index.ts uses the entity manager: resolvers reach the database through ctx.services',
      'resolvers/order.resolver.ts uses the entity manager: resolvers reach the database through ctx.services',
      'resolvers/line.resolver.ts uses the entity manager: resolvers reach the database through ctx.services',
    ]);
  });

  it('names a resolver that imports another resolver or calls a service directly', () => {
    const tree = {
      ...valid,
      'resolvers/line.resolver.ts': "import { OrderResolver } from './order.resolver.js';",
      'resolvers/order.resolver.ts': "import { Orders } from '../services/orders.js';",
    };
    expect(importProblems(tree)).toEqual([
      'resolvers/order.resolver.ts imports ../services/orders.js: resolvers may not import services',
      'resolvers/line.resolver.ts imports ./order.resolver.js: nothing but schema.ts and resolvers/index.ts imports resolvers/',
    ]);
  });

  it('names services that reach into handlers, entities that reach up, and imports of other subgraphs', () => {
    const tree = {
      ...valid,
      'services/orders.ts': "import {\n  paymentHandlers,\n} from '../messaging/incoming/payments.payment.js';",
      'entities/order.entity.ts': "import { Orders } from '../services/orders.js';",
      'messaging/outgoing.ts': "import { Venue } from '../../../venues/src/entities/venue.entity.js';\nimport { x } from '@boxoffice/venues';",
    };
    expect(importProblems(tree)).toEqual([
      'entities/order.entity.ts imports ../services/orders.js: entities may not import services',
      'services/orders.ts imports ../messaging/incoming/payments.payment.js: services may not import incoming',
      'messaging/outgoing.ts imports ../../../venues/src/entities/venue.entity.js, outside its subgraph',
      'messaging/outgoing.ts imports @boxoffice/venues: subgraphs never import each other',
    ]);
  });

  it('names folders and files the template does not have', () => {
    const { 'schema.ts': _schema, ...rest } = valid;
    const tree = { ...rest, 'events/venue-facts.ts': '', 'loaders.ts': '', 'resolvers/helpers.ts': '', 'messaging/incoming/venue-facts.ts': '' };
    expect(layoutProblems(tree)).toEqual([
      'missing schema.ts',
      'events/ is not a folder of the template',
      'loaders.ts is not a file of the template',
      'resolvers/helpers.ts: resolvers/ holds index.ts and *.resolver.ts only',
      'messaging/incoming/venue-facts.ts: messaging/ holds outgoing.ts and incoming/{index,<domain>.<topic>}.ts only',
    ]);
  });
});
