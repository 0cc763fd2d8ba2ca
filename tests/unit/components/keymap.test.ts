import { describe, expect, it } from 'vitest';
import { rovingAction, ZOOM_STEP } from '../../../src/components/timeline/keymap.ts';

describe('the roving tab stop’s keys', () => {
  it('step forward with → and ↓ and back with ← and ↑, as in the list view', () => {
    expect(['ArrowRight', 'ArrowDown'].map((key) => rovingAction(key))).toEqual([
      { kind: 'step', offset: 1 },
      { kind: 'step', offset: 1 },
    ]);
    expect(['ArrowLeft', 'ArrowUp'].map((key) => rovingAction(key))).toEqual([
      { kind: 'step', offset: -1 },
      { kind: 'step', offset: -1 },
    ]);
  });

  it('right to left, step to the later event with ←, the way time runs on screen, and keep ↓ later, ↑ earlier, Home first and End last', () => {
    expect(['ArrowLeft', 'ArrowDown', 'ArrowRight', 'ArrowUp'].map((key) => rovingAction(key, 'rtl'))).toEqual([
      { kind: 'step', offset: 1 },
      { kind: 'step', offset: 1 },
      { kind: 'step', offset: -1 },
      { kind: 'step', offset: -1 },
    ]);
    expect(rovingAction('Home', 'rtl')).toEqual({ kind: 'first' });
    expect(rovingAction('End', 'rtl')).toEqual({ kind: 'last' });
  });

  it('jump to the ends with Home and End, open with Enter and Space, zoom with + and − on either keyboard layout', () => {
    expect(rovingAction('Home')).toEqual({ kind: 'first' });
    expect(rovingAction('End')).toEqual({ kind: 'last' });
    expect(rovingAction('Enter')).toEqual({ kind: 'open' });
    expect(rovingAction(' ')).toEqual({ kind: 'open' });
    for (const key of ['+', '=']) expect(rovingAction(key)).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
    for (const key of ['-', '_']) expect(rovingAction(key)).toEqual({ kind: 'zoom', factor: 1 / ZOOM_STEP });
  });

  it('leave every other key to the page (Tab, Escape, letters)', () => {
    for (const key of ['Tab', 'Escape', 'a', 'PageDown']) expect(rovingAction(key)).toBeNull();
  });
});
