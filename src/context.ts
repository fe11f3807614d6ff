import type { Db } from './db/database.js';
import type { Actor } from './modules/tenancy/actor.js';
import type { Services } from './services.js';

/** What every resolver receives: who is calling, and the app's services. */
export interface Context {
  actor: Actor;
  services: Services;
  /** For Pothos' Prisma plugin, which loads relations the selection asks for. */
  prisma: Db;
}
