'use client';
export * from './core.js';
