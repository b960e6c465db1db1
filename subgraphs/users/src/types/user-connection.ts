import { ConnectionType } from '@boxoffice/platform';
import { ObjectType } from 'type-graphql';
import { User } from '../entities/index.js';

@ObjectType()
export class UserConnection extends ConnectionType(User) {}
