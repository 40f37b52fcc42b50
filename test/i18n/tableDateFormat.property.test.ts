import { describeTablesMatchIntl } from './tablesMatchIntl.js';

describeTablesMatchIntl(2000);
