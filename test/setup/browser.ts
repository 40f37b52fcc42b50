import '@testing-library/jest-dom/vitest';
import '../../src/theme/frise.css';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
