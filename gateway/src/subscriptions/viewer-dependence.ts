import {
  AuthenticatedSpecDefinition,
  FieldDefinition,
  PolicySpecDefinition,
  RequiresScopesSpecDefinition,
  ROUTER_SUPPORTED_SUPERGRAPH_FEATURES,
  Supergraph,
} from '@apollo/federation-internals';
import { getNamedType, isAbstractType, TypeInfo, visit, visitWithTypeInfo, BREAK, type DocumentNode, type GraphQLSchema } from 'graphql';

/** Schema coordinates carrying an access rule that depends on who asks. */
export interface ViewerRules {
  /** `Type.field` */
  fields: ReadonlySet<string>;
  types: ReadonlySet<string>;
}

const ACCESS_SPECS = [AuthenticatedSpecDefinition, PolicySpecDefinition, RequiresScopesSpecDefinition];

/**
 * Reads the supergraph's access directives (`@authenticated`, `@policy`, `@requiresScopes`,
 * composed from the subgraphs, under whatever name the supergraph's @link gives them).
 */
export function viewerRulesOf(supergraphSdl: string): ViewerRules {
  const schema = Supergraph.build(supergraphSdl, { supportedFeatures: ROUTER_SUPPORTED_SUPERGRAPH_FEATURES }).schema;
  const fields = new Set<string>();
  const types = new Set<string>();
  for (const spec of ACCESS_SPECS) {
    const feature = schema.coreFeatures?.getByIdentity(spec.identity);
    const directive = feature && schema.directive(feature.directiveNameInSchema(spec.directiveName));
    for (const application of directive?.applications() ?? []) {
      const element = application.parent;
      if (element instanceof FieldDefinition) fields.add(element.coordinate);
      else if ('name' in element) types.add(String(element.name));
    }
  }
  return { fields, types };
}

/**
 * The supergraph as @apollo/gateway accepts it: the gateway refuses links `for: SECURITY` it
 * does not enforce, so the access specs' links lose that purpose. The subgraphs enforce every
 * such rule themselves (each marked field has its own check there); the gateway reads the
 * marks only to decide which subscriptions may share an execution.
 */
export function servableSupergraph(supergraphSdl: string): string {
  const specs = ACCESS_SPECS.map((spec) => spec.identity.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return supergraphSdl.replace(new RegExp(`(@link\\(url: "(?:${specs})/v[\\d.]+"), for: SECURITY\\)`, 'g'), '$1)');
}

/** Whether the operation selects any field or type under a per-viewer access rule. */
export function dependsOnViewer(schema: GraphQLSchema, document: DocumentNode, rules: ViewerRules): boolean {
  const typeInfo = new TypeInfo(schema);
  const marked = (typeName: string) =>
    rules.types.has(typeName) ||
    (() => {
      const type = schema.getType(typeName);
      return !!type && isAbstractType(type) && schema.getPossibleTypes(type).some((possible) => rules.types.has(possible.name));
    })();
  let depends = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const type = typeInfo.getType();
        const parentTypes = parent
          ? isAbstractType(parent)
            ? [parent.name, ...schema.getPossibleTypes(parent).map((possible) => possible.name)]
            : [parent.name]
          : [];
        if (
          parentTypes.some((name) => rules.fields.has(`${name}.${node.name.value}`) || rules.types.has(name)) ||
          (type && marked(getNamedType(type).name))
        ) {
          depends = true;
          return BREAK;
        }
        return undefined;
      },
    }),
  );
  return depends;
}
