import { Init1795345734426 } from './1795345734426-Init.js';
import { ConsultantWorkspace1796010288677 } from './1796010288677-ConsultantWorkspace.js';
import { TeamResults1796011984616 } from './1796011984616-TeamResults.js';
import { CustomQuestionnaires1796014721665 } from './1796014721665-CustomQuestionnaires.js';
import { ShareLinks1796020670628 } from './1796020670628-ShareLinks.js';
import { Portfolio1796029581058 } from './1796029581058-Portfolio.js';
import { Workshop1796040712641 } from './1796040712641-Workshop.js';

/** PostgreSQL migrations, in order. Generate new ones with `omcheck migration:generate <Name>`. */
export const POSTGRES_MIGRATIONS = [Init1795345734426, ConsultantWorkspace1796010288677, TeamResults1796011984616, CustomQuestionnaires1796014721665, ShareLinks1796020670628, Portfolio1796029581058, Workshop1796040712641];
