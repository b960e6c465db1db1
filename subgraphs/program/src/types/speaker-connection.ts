import { ConnectionType } from '@boxoffice/platform';
import { ObjectType } from 'type-graphql';
import { Speaker } from '../entities/index.js';

@ObjectType()
export class SpeakerConnection extends ConnectionType(Speaker) {}
