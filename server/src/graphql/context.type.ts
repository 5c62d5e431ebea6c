import type { Services } from '../services.js';

/** Per-request context: the services (request-scoped loaders will live here too). */
export interface RequestContext {
  services: Services;
}
