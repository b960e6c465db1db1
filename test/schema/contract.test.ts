import { readFileSync } from 'node:fs';
import { composeSupergraph, REPO_ROOT } from '@boxoffice/devstack';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** The public API contract every client relies on. */
const contract = buildSchema(readFileSync(`${REPO_ROOT}schema/contract.graphql`, 'utf8'));
let api: GraphQLSchema;
beforeAll(async () => {
  api = (await composeSupergraph()).apiSchema;
}, 120_000);

const kind = (type: GraphQLNamedType) =>
  isObjectType(type) ? 'object' : isInputObjectType(type) ? 'input' : isEnumType(type) ? 'enum' : isInterfaceType(type) ? 'interface' : isUnionType(type) ? 'union' : isScalarType(type) ? 'scalar' : 'other';
const signature = (args: readonly GraphQLArgument[]) =>
  Object.fromEntries(args.map((arg) => [arg.name, `${String(arg.type)}${arg.defaultValue === undefined ? '' : ` = ${JSON.stringify(arg.defaultValue)}`}`]));

const contractTypes = Object.values(contract.getTypeMap()).filter((type) => !type.name.startsWith('__'));

/** The names and types the gateway API gives an addition the contract does not list. */
type Fields = Record<string, { type: unknown; args: readonly GraphQLArgument[] }>;
const fieldMap = (typeName: string) => (api.getType(typeName) as { getFields(): Fields }).getFields();
const fieldsOf = (typeName: string) => Object.keys(fieldMap(typeName));
const argsOf = (typeName: string, field: string) => fieldMap(typeName)[field]!.args.map((arg) => arg.name);
const argTypesOf = (typeName: string, field: string) => signature(fieldMap(typeName)[field]!.args);
const typeOf = (typeName: string, field: string) => String(fieldMap(typeName)[field]!.type);

describe('the gateway API implements the contract exactly (it may add, never rename, remove or retype)', () => {
  it.each(contractTypes.map((type) => [type.name, type] as const))('%s', (_name, expected) => {
    const actual = api.getType(expected.name);
    expect(actual && kind(actual)).toBe(kind(expected));
    if (isObjectType(expected) && isObjectType(actual)) {
      const fields = actual.getFields();
      for (const field of Object.values(expected.getFields())) {
        expect({ field: field.name, type: String(fields[field.name]?.type) }).toEqual({ field: field.name, type: String(field.type) });
        const actualArgs = signature(fields[field.name]!.args);
        expect({ field: field.name, args: actualArgs }).toEqual({ field: field.name, args: { ...actualArgs, ...signature(field.args) } });
        const added = fields[field.name]!.args.filter((arg) => !field.args.some((a) => a.name === arg.name));
        for (const arg of added) expect({ field: field.name, optionalArg: arg.name, nullable: !String(arg.type).endsWith('!') }).toMatchObject({ nullable: true });
      }
    }
    if (isInputObjectType(expected) && isInputObjectType(actual)) {
      const fields = actual.getFields();
      for (const field of Object.values(expected.getFields())) {
        expect({ field: field.name, type: String(fields[field.name]?.type) }).toEqual({ field: field.name, type: String(field.type) });
      }
      for (const added of Object.values(fields).filter((f) => !expected.getFields()[f.name])) {
        expect({ inputField: added.name, type: String(added.type) }).toEqual({ inputField: added.name, type: expect.not.stringMatching(/!$/) });
      }
    }
    if (isEnumType(expected) && isEnumType(actual)) {
      expect(actual.getValues().map((v) => v.name)).toEqual(expect.arrayContaining(expected.getValues().map((v) => v.name)));
    }
  });
});

describe('the additions of issue 13 (notifications, email verification, password reset) keep their public names', () => {
  it('exposes them through the gateway', () => {
    expect(fieldsOf('Query')).toEqual(expect.arrayContaining(['myNotifications', 'failedNotificationDeliveries']));
    expect(fieldsOf('Mutation')).toEqual(
      expect.arrayContaining([
        'markNotificationsRead',
        'updateNotificationPreferences',
        'requestEmailVerification',
        'verifyEmail',
        'requestPasswordReset',
        'resetPassword',
      ]),
    );
    expect(fieldsOf('Subscription')).toContain('notificationReceived');
    expect(fieldsOf('User')).toEqual(expect.arrayContaining(['emailVerified', 'notificationPreferences']));
    expect(Object.keys(api.getQueryType()!.getFields().myNotifications!.args.reduce((names, arg) => ({ ...names, [arg.name]: true }), {}))).toEqual([
      'first',
      'after',
      'unreadOnly',
    ]);
    expect(String(api.getMutationType()!.getFields().resetPassword!.type)).toBe('AuthPayload!');
  });
});

describe('the additions of issues 14 (promo codes) and 17 (program) keep their public names', () => {
  it('promo codes', () => {
    expect(argsOf('Mutation', 'createPromoCode')).toEqual(['eventId', 'input']);
    expect(typeOf('Mutation', 'createPromoCode')).toBe('PromoCode!');
    expect(typeOf('Mutation', 'deactivatePromoCode')).toBe('PromoCode!');
    expect(fieldsOf('CreatePromoCodeInput')).toEqual(
      expect.arrayContaining(['code', 'kind', 'value', 'maxRedemptions', 'perCustomerLimit', 'validFrom', 'validUntil', 'minTotalCents', 'sectionIds']),
    );
    expect(fieldsOf('PromoCode')).toEqual(expect.arrayContaining(['id', 'code', 'kind', 'value', 'maxRedemptions', 'redemptions', 'active']));
    expect(typeOf('Event', 'promoCodes')).toBe('[PromoCode!]!');
    expect(argsOf('Mutation', 'checkout')).toContain('promoCode');
    expect(argsOf('Hold', 'price')).toEqual(['promoCode']);
    expect(typeOf('Hold', 'price')).toBe('Price!');
    expect(fieldsOf('Price')).toEqual(expect.arrayContaining(['subtotalCents', 'discountCents', 'totalCents', 'currency']));
    expect(fieldsOf('Booking')).toEqual(expect.arrayContaining(['subtotalCents', 'discountCents', 'promoCode', 'totalCents']));
  });

  it('program', () => {
    expect(fieldsOf('Speaker')).toEqual(expect.arrayContaining(['id', 'name', 'bio', 'company', 'photoUrl', 'sessions']));
    expect(fieldsOf('Session')).toEqual(
      expect.arrayContaining(['id', 'event', 'title', 'description', 'startsAt', 'endsAt', 'room', 'track', 'speakers']),
    );
    expect(typeOf('Event', 'sessions')).toBe('[Session!]!');
    expect(typeOf('Event', 'speakers')).toBe('[Speaker!]!');
    expect(fieldsOf('Query')).toEqual(expect.arrayContaining(['speaker', 'session', 'speakers', 'myAgenda']));
    expect(argsOf('Query', 'speakers')).toEqual(['search', 'first', 'after']);
    expect(typeOf('Query', 'speakers')).toBe('SpeakerConnection!');
    expect(typeOf('Query', 'myAgenda')).toBe('[Session!]!');
    expect(fieldsOf('Mutation')).toEqual(
      expect.arrayContaining(['createSpeaker', 'updateSpeaker', 'addSession', 'updateSession', 'removeSession', 'addToAgenda', 'removeFromAgenda']),
    );
  });
});

describe('the additions of issue 18 (accounts, audit log) keep their public names', () => {
  it('sign-in with an identity provider', () => {
    expect(argsOf('Mutation', 'signInWithProvider')).toEqual(['provider', 'code', 'codeVerifier', 'redirectUri']);
    expect(argTypesOf('Mutation', 'signInWithProvider')).toEqual({ provider: 'String!', code: 'String!', codeVerifier: 'String!', redirectUri: 'String!' });
    expect(typeOf('Mutation', 'signInWithProvider')).toBe('AuthPayload!');
    expect(typeOf('Query', 'identityProviders')).toBe('[IdentityProvider!]!');
    expect(fieldsOf('IdentityProvider')).toEqual(expect.arrayContaining(['name', 'displayName', 'issuer', 'clientId']));
    expect(typeOf('User', 'linkedProviders')).toBe('[String!]');
  });

  it('profiles and passwords', () => {
    expect(typeOf('User', 'profile')).toBe('Profile');
    expect(fieldsOf('Profile')).toEqual(expect.arrayContaining(['phone', 'locale', 'timeZone']));
    expect(argsOf('Mutation', 'updateProfile')).toEqual(['input']);
    expect(fieldsOf('ProfileInput')).toEqual(expect.arrayContaining(['phone', 'locale', 'timeZone']));
    expect(typeOf('Mutation', 'updateProfile')).toBe('User!');
    expect(argsOf('Mutation', 'changePassword')).toEqual(['currentPassword', 'newPassword']);
    expect(argTypesOf('Mutation', 'changePassword')).toEqual({ currentPassword: 'String!', newPassword: 'String!' });
    expect(typeOf('Mutation', 'changePassword')).toBe('Boolean!');
  });

  it('devices and account deletion', () => {
    expect(typeOf('Query', 'mySessions')).toBe('[DeviceSession!]!');
    expect(fieldsOf('DeviceSession')).toEqual(expect.arrayContaining(['id', 'userAgent', 'clientAddress', 'createdAt', 'lastUsedAt', 'current']));
    expect(argTypesOf('Mutation', 'revokeSession')).toEqual({ id: 'ID!' });
    expect(typeOf('Mutation', 'revokeSession')).toBe('Boolean!');
    expect(argTypesOf('Mutation', 'deleteMyAccount')).toEqual({ password: 'String!' });
    expect(typeOf('Mutation', 'deleteMyAccount')).toBe('Boolean!');
  });

  it('the audit log', () => {
    expect(argsOf('Query', 'auditLog')).toEqual(['filter', 'first', 'after']);
    expect(argTypesOf('Query', 'auditLog')).toEqual({ filter: 'AuditLogFilter', first: 'Int = 20', after: 'String' });
    expect(typeOf('Query', 'auditLog')).toBe('AuditEntryConnection!');
    expect(fieldsOf('AuditLogFilter')).toEqual(expect.arrayContaining(['actorId', 'targetId', 'action', 'from', 'to']));
    expect(fieldsOf('AuditEntryConnection')).toEqual(expect.arrayContaining(['nodes', 'pageInfo', 'totalCount']));
    expect(fieldsOf('AuditEntry')).toEqual(
      expect.arrayContaining(['id', 'action', 'actorId', 'actor', 'targetType', 'targetId', 'occurredAt', 'correlationId']),
    );
  });
});
