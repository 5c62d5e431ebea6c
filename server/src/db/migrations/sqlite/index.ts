import { Init1795345733681 } from './1795345733681-Init.js';
import { ConsultantWorkspace1796010287219 } from './1796010287219-ConsultantWorkspace.js';
import { TeamResults1796011982676 } from './1796011982676-TeamResults.js';
import { CustomQuestionnaires1796014719848 } from './1796014719848-CustomQuestionnaires.js';
import { ShareLinks1796020666104 } from './1796020666104-ShareLinks.js';
import { Portfolio1796029556816 } from './1796029556816-Portfolio.js';
import { Workshop1796040707554 } from './1796040707554-Workshop.js';

/** SQLite migrations, in order. Generate new ones with `omcheck migration:generate <Name>`. */
export const SQLITE_MIGRATIONS = [Init1795345733681, ConsultantWorkspace1796010287219, TeamResults1796011982676, CustomQuestionnaires1796014719848, ShareLinks1796020666104, Portfolio1796029556816, Workshop1796040707554];
