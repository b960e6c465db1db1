import type { SubgraphDefinition } from '@boxoffice/platform';
import { createProgramLoaders, type ProgramLoaders, type ProgramServices } from './context.js';
import { AgendaEntry, BookingProjection, EventProjection, Session, SessionSpeaker, Speaker } from './entities/index.js';
import { programProjection } from './messaging/incoming/index.js';
import { migrations } from './migrations/index.js';
import { buildProgramSchema } from './schema.js';
import { Agenda } from './services/agenda.js';
import { BookingProjections } from './services/booking-projections.js';
import { EventProjections } from './services/event-projections.js';
import { ProgramReads } from './services/program-reads.js';
import { SessionPlanning } from './services/session-planning.js';
import { SpeakerDirectory } from './services/speaker-directory.js';

export const programSubgraph: SubgraphDefinition<ProgramServices, ProgramLoaders> = {
  name: 'program',
  entities: [EventProjection, BookingProjection, Speaker, Session, SessionSpeaker, AgendaEntry],
  migrations,
  buildSchema: buildProgramSchema,
  async wire({ projectionWait }) {
    const services: ProgramServices = {
      reads: new ProgramReads(),
      speakers: new SpeakerDirectory(),
      planning: new SessionPlanning(projectionWait),
      agenda: new Agenda(projectionWait),
      eventProjections: new EventProjections(),
      bookingProjections: new BookingProjections(),
    };
    return { services, loaders: createProgramLoaders, projection: programProjection(services) };
  },
};
