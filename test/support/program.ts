import { randomUUID } from 'node:crypto';
import { gql, ok, type GraphQLResponse } from './client.js';
import { eventually } from './eventually.js';
import type { TestUser } from './users.js';

/** The program operations as a client app calls them through the gateway. */

export const SPEAKER_FIELDS = 'id name bio company photoUrl';
export const SESSION_FIELDS = 'id title description startsAt endsAt room track event { id } speakers { id name }';

export const tryCreateSpeaker = (caller: TestUser | undefined, input: Record<string, unknown> = {}) =>
  gql(`mutation($input: CreateSpeakerInput!) { createSpeaker(input: $input) { ${SPEAKER_FIELDS} } }`, { input: { name: `Speaker ${randomUUID().slice(0, 8)}`, ...input } }, caller?.token);

export async function createSpeaker(caller: TestUser, input: Record<string, unknown> = {}): Promise<{ id: string; name: string }> {
  return ok(await tryCreateSpeaker(caller, input)).createSpeaker;
}

/** An event's times, as the fixtures in events.ts return them. */
export interface Timed {
  id: string;
  startsAt: string;
}

/** An AddSessionInput from `from` to `to` minutes after the event starts. */
export function sessionInput(event: Timed, from: number, to: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const start = new Date(event.startsAt).getTime();
  return {
    title: `Talk ${randomUUID().slice(0, 8)}`,
    startsAt: new Date(start + from * 60_000).toISOString(),
    endsAt: new Date(start + to * 60_000).toISOString(),
    ...overrides,
  };
}

export const tryAddSession = (caller: TestUser | undefined, eventId: string, input: Record<string, unknown>): Promise<GraphQLResponse<any>> =>
  gql(`mutation($e: ID!, $input: AddSessionInput!) { addSession(eventId: $e, input: $input) { ${SESSION_FIELDS} } }`, { e: eventId, input }, caller?.token);

export async function addSession(caller: TestUser, eventId: string, input: Record<string, unknown>) {
  return ok(await tryAddSession(caller, eventId, input)).addSession;
}

export const tryUpdateSession = (caller: TestUser | undefined, id: string, input: Record<string, unknown>) =>
  gql(`mutation($id: ID!, $input: UpdateSessionInput!) { updateSession(id: $id, input: $input) { ${SESSION_FIELDS} } }`, { id, input }, caller?.token);

export const tryRemoveSession = (caller: TestUser | undefined, id: string) => gql(`mutation($id: ID!) { removeSession(id: $id) }`, { id }, caller?.token);

export const trySession = (caller: TestUser | undefined, id: string) => gql(`query($id: ID!) { session(id: $id) { ${SESSION_FIELDS} } }`, { id }, caller?.token);

export const tryEventProgram = (caller: TestUser | undefined, eventId: string) =>
  gql(`query($id: ID!) { event(id: $id) { id sessions { ${SESSION_FIELDS} } speakers { id name } } }`, { id: eventId }, caller?.token);

export const tryAddToAgenda = (caller: TestUser | undefined, sessionId: string) =>
  gql(`mutation($s: ID!) { addToAgenda(sessionId: $s) { id } }`, { s: sessionId }, caller?.token);

export const tryRemoveFromAgenda = (caller: TestUser | undefined, sessionId: string) =>
  gql(`mutation($s: ID!) { removeFromAgenda(sessionId: $s) }`, { s: sessionId }, caller?.token);

export const tryMyAgenda = (caller: TestUser | undefined, eventId: string) =>
  gql(`query($e: ID!) { myAgenda(eventId: $e) { id title } }`, { e: eventId }, caller?.token);

/** Waits until anyone may see the session: the program learns of its event's publication over Kafka. */
export async function awaitPublicSession(sessionId: string): Promise<void> {
  await eventually(async () => {
    if (!(await trySession(undefined, sessionId)).data?.session) throw new Error(`session ${sessionId} is not public yet`);
  }, 15_000);
}
