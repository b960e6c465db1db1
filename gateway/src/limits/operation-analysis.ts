import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isIntrospectionType,
  isListType,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { refusal } from './limit-errors.js';
import { LIST_BOUNDS, UNKNOWN_LIST_BOUND, type PoolName } from './list-bounds.js';

export interface OperationRequest {
  document: DocumentNode;
  schema: GraphQLSchema;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

export interface OperationLimits {
  /** Most fields, fragment spreads and inline fragments the document may contain as written. */
  maxSelections: number;
  /** Most levels of nested selections (a leaf field is 0; introspection is not counted). */
  maxDepth: number;
  /** Most fields the operation may resolve, every list counted by its bound or page size. */
  maxCost: number;
}

/** Introspection lists nested in each other (`types { fields { args } }` is 3). */
export const MAX_INTROSPECTION_LIST_NESTING = 3;
/** The largest page a connection serves (packages/platform/src/graphql/connection.ts). */
const MAX_PAGE_SIZE = 100;

export interface OperationMeasure {
  selections: number;
  depth: number;
  cost: number;
}

export type OperationVerdict = { allowed: true; measure: OperationMeasure } | { allowed: false; error: GraphQLError };

/**
 * Decides whether an operation may run, from the document alone: first its size as written,
 * then one pass over the selected operation for depth and cost in which each fragment is
 * analysed once (a spread costs what its fragment costs, so nested spreads stay linear).
 * Never throws: whatever cannot be analysed is refused.
 */
export function assessOperation(request: OperationRequest, limits: OperationLimits): OperationVerdict {
  try {
    const selections = countSelections(request.document);
    if (selections > limits.maxSelections) {
      return refuse(refusal('DOCUMENT_TOO_LARGE', `Document too large: ${selections} selections, limit ${limits.maxSelections}`));
    }
    const { depth, cost, introspectionNesting } = new OperationAnalysis(request).run();
    if (depth > limits.maxDepth) return refuse(refusal('QUERY_TOO_DEEP', `Query depth ${depth} exceeds the limit of ${limits.maxDepth}`));
    if (introspectionNesting > MAX_INTROSPECTION_LIST_NESTING) {
      return refuse(refusal('QUERY_TOO_DEEP', `Introspection lists nested ${introspectionNesting} deep, limit ${MAX_INTROSPECTION_LIST_NESTING}`));
    }
    if (cost > limits.maxCost) return refuse(refusal('QUERY_TOO_COMPLEX', `Operation too complex: cost ${cost}, limit ${limits.maxCost}`));
    return { allowed: true, measure: { selections, depth, cost } };
  } catch (error) {
    if (error instanceof GraphQLError) return refuse(error);
    // A stack overflow on absurd nesting, or anything unforeseen: refuse, never let it through.
    return refuse(refusal('QUERY_TOO_COMPLEX', 'Operation could not be analysed'));
  }
}

const refuse = (error: GraphQLError): OperationVerdict => ({ allowed: false, error });

/** Fields, fragment spreads and inline fragments in every definition of the document. */
function countSelections(document: DocumentNode): number {
  let count = 0;
  const pending: SelectionSetNode[] = [];
  for (const definition of document.definitions) {
    if ('selectionSet' in definition && definition.selectionSet) pending.push(definition.selectionSet);
  }
  for (let set = pending.pop(); set; set = pending.pop()) {
    count += set.selections.length;
    for (const selection of set.selections) {
      if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet) pending.push(selection.selectionSet);
    }
  }
  return count;
}

/**
 * What a selection set costs: `base` per parent object, plus amounts in pools whose total is
 * capped once by an enclosing list (see `ListBound`).
 */
interface Cost {
  base: number;
  pools: Partial<Record<PoolName, number>>;
}

interface Measure {
  cost: Cost;
  depth: number;
  introspectionNesting: number;
}

const total = (cost: Cost) => Object.values(cost.pools).reduce((sum, amount) => sum + amount, cost.base);

class OperationAnalysis {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly measured = new Map<string, Measure>();
  private readonly inProgress = new Set<string>();
  private readonly operation: OperationDefinitionNode;
  private readonly variables: Record<string, unknown>;

  constructor(private readonly request: OperationRequest) {
    const operations = request.document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    for (const definition of request.document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    }
    const operation = request.operationName
      ? operations.find((o) => o.name?.value === request.operationName)
      : operations.length === 1 ? operations[0] : undefined;
    if (!operation) {
      throw refusal('BAD_REQUEST', request.operationName ? `Unknown operation named "${request.operationName}"` : 'Name the operation to run (operationName)');
    }
    this.operation = operation;
    const { variables } = request;
    this.variables = variables && typeof variables === 'object' && !Array.isArray(variables) ? variables : {};
  }

  run(): { depth: number; cost: number; introspectionNesting: number } {
    const root = this.rootType();
    const measure = this.selectionSet(this.operation.selectionSet, root);
    return { depth: measure.depth, cost: total(measure.cost), introspectionNesting: measure.introspectionNesting };
  }

  private rootType(): GraphQLObjectType {
    const { schema } = this.request;
    const root = {
      [OperationTypeNode.QUERY]: schema.getQueryType(),
      [OperationTypeNode.MUTATION]: schema.getMutationType(),
      [OperationTypeNode.SUBSCRIPTION]: schema.getSubscriptionType(),
    }[this.operation.operation];
    if (!root) throw refusal('GRAPHQL_VALIDATION_FAILED', `This schema has no ${this.operation.operation} operations`);
    return root;
  }

  private selectionSet(set: SelectionSetNode, type: GraphQLCompositeType): Measure {
    const sum: Measure = { cost: { base: 0, pools: {} }, depth: 0, introspectionNesting: 0 };
    for (const selection of set.selections) {
      let part: Measure;
      if (selection.kind === Kind.FIELD) part = this.field(selection, type);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) part = this.fragment(selection.name.value);
      else part = this.selectionSet(selection.selectionSet, selection.typeCondition ? this.compositeType(selection.typeCondition.name.value) : type);
      sum.cost.base += part.cost.base;
      for (const [pool, amount] of Object.entries(part.cost.pools) as Array<[PoolName, number]>) {
        sum.cost.pools[pool] = (sum.cost.pools[pool] ?? 0) + amount;
      }
      sum.depth = Math.max(sum.depth, part.depth);
      sum.introspectionNesting = Math.max(sum.introspectionNesting, part.introspectionNesting);
    }
    return sum;
  }

  private fragment(name: string): Measure {
    const known = this.measured.get(name);
    if (known) return known;
    const definition = this.fragments.get(name);
    if (!definition) throw refusal('GRAPHQL_VALIDATION_FAILED', `Unknown fragment "${name}"`);
    if (this.inProgress.has(name)) throw refusal('GRAPHQL_VALIDATION_FAILED', `Fragment "${name}" spreads itself`);
    this.inProgress.add(name);
    const measure = this.selectionSet(definition.selectionSet, this.compositeType(definition.typeCondition.name.value));
    this.inProgress.delete(name);
    this.measured.set(name, measure);
    return measure;
  }

  private compositeType(name: string): GraphQLCompositeType {
    const type = this.request.schema.getType(name);
    if (!isCompositeType(type)) throw refusal('GRAPHQL_VALIDATION_FAILED', `Unknown type "${name}"`);
    return type;
  }

  private field(node: FieldNode, parent: GraphQLCompositeType): Measure {
    const name = node.name.value;
    const leaf: Measure = { cost: { base: 1, pools: {} }, depth: 0, introspectionNesting: 0 };
    if (name === '__typename') return leaf;
    const definition = this.fieldDefinition(parent, name);
    if (!node.selectionSet) return leaf;
    const child = this.selectionSet(node.selectionSet, this.compositeType(getNamedType(definition.type).name));
    const isList = isListType(getNullableType(definition.type));

    // Introspection (off in production) is counted by its size as written and by how deeply
    // its lists nest, which is what makes it expensive.
    if (name.startsWith('__') || isIntrospectionType(parent)) {
      return {
        cost: { base: 1 + total(child.cost), pools: {} },
        depth: 0,
        introspectionNesting: child.introspectionNesting + (isList ? 1 : 0),
      };
    }

    const bound = isList ? (LIST_BOUNDS[`${parent.name}.${name}`] ?? UNKNOWN_LIST_BOUND) : undefined;
    const times = definition.args.some((arg) => arg.name === 'first') ? this.pageSize(node, definition) : (bound?.max ?? 1);
    const cost: Cost = { base: 1, pools: {} };
    if (bound?.pool) {
      cost.pools[bound.pool] = times * total(child.cost);
    } else {
      cost.base += times * child.cost.base;
      for (const [pool, amount] of Object.entries(child.cost.pools) as Array<[PoolName, number]>) {
        cost.pools[pool] = pool === bound?.closes ? amount : times * amount;
      }
    }
    return { cost, depth: 1 + child.depth, introspectionNesting: child.introspectionNesting };
  }

  private fieldDefinition(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> {
    const definition = 'getFields' in parent ? parent.getFields()[name] : undefined;
    if (definition) return definition;
    if (name === '__schema' || name === '__type') {
      const meta = this.request.schema.getQueryType() === parent ? this.request.schema.getType(name === '__schema' ? '__Schema' : '__Type') : undefined;
      if (meta) return { name, type: meta, args: [] } as unknown as GraphQLField<unknown, unknown>;
    }
    throw refusal('GRAPHQL_VALIDATION_FAILED', `Cannot query field "${name}" on type "${parent.name}"`);
  }

  /** The page a `first` argument asks for; anything but a number counts as the largest page. */
  private pageSize(node: FieldNode, definition: GraphQLField<unknown, unknown>): number {
    const schemaDefault = definition.args.find((arg) => arg.name === 'first')?.defaultValue;
    const argument = node.arguments?.find((arg) => arg.name.value === 'first')?.value;
    let value: unknown = schemaDefault;
    if (argument?.kind === Kind.INT) value = Number(argument.value);
    else if (argument?.kind === Kind.VARIABLE) {
      const variable = argument.name.value;
      const declared = this.operation.variableDefinitions?.find((d) => d.variable.name.value === variable)?.defaultValue;
      value = this.variables[variable] ?? (declared?.kind === Kind.INT ? Number(declared.value) : schemaDefault);
    } else if (argument && argument.kind !== Kind.NULL) value = undefined;
    return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : MAX_PAGE_SIZE;
  }
}
