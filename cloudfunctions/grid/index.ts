import { defineFunction } from '../core/define-function';
import { locate } from './handlers/locate';
import { map } from './handlers/map';
import { search } from './handlers/search';
import { team } from './handlers/team';

/** The family-doctor map (一格一团队): which grid a place is in, and the team responsible for it. */
export const main = defineFunction('grid', { locate, search, team, map });
