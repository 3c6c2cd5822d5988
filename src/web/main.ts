import { coordinatorPage } from './pages/coordinator/coordinator-page.js';
import { fleetPage } from './pages/operator/fleet-page.js';
import { inspectionPage } from './pages/inspector/inspection-page.js';
import { schoolListPage } from './pages/school/school-list-page.js';
import { schoolPage } from './pages/school/school-page.js';
import { startShell } from './shell/app-shell.js';
import { currentLang } from './i18n/i18n.js';

document.documentElement.lang = currentLang() === 'zh' ? 'zh-CN' : 'en';
startShell({ map: coordinatorPage, schools: schoolListPage, school: schoolPage, fleet: fleetPage, inspection: inspectionPage });
