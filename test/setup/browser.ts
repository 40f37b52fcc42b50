import '@testing-library/jest-dom/vitest';
import '../../src/theme/frise.css';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Real pages fetch files and run cold code: on a busy two-core CI machine, loading an embed's
// document can take longer than Testing Library's default one second to appear.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
