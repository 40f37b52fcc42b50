import { describeTablesMatchIntl } from './tablesMatchIntl.js';

// Chromium carries its own ICU and CLDR data: the tables must agree with the browser's too.
describeTablesMatchIntl(500);
