/**
 * Viewport.chosen: whether the range on screen is the reader's (a zoom, a range asked
 * for) or the one the timeline took by itself (where the story opens, all of it, a
 * resize, a pan to follow a selection). The Embed dialog pins only a chosen one.
 */
import { describe, expect, it, vi } from 'vitest';
import { Viewport } from '../../../src/state/viewport.svelte.ts';

const DAY = 86_400_000;

describe('Viewport.chosen', () => {
  it('is false for the opening range, a resize and a pan at the same zoom; true after a zoom', () => {
    const viewport = new Viewport();
    viewport.show('story', false);
    viewport.visible = null; // the timeline reports where it stands before serving the request
    viewport.visible = [10 * DAY, 20 * DAY];
    expect(viewport.chosen).toBe(false);
    viewport.visible = [10 * DAY, 20 * DAY + 1000]; // a resize
    viewport.visible = [12 * DAY, 22 * DAY]; // following a selection
    expect(viewport.chosen).toBe(false);
    viewport.visible = [13 * DAY, 18 * DAY]; // the reader's zoom
    expect(viewport.chosen).toBe(true);
    viewport.visible = [14 * DAY, 19 * DAY]; // and pan
    expect(viewport.chosen).toBe(true);
    viewport.show('story', false);
    viewport.visible = [10 * DAY, 20 * DAY];
    expect(viewport.chosen).toBe(false);
  });

  it('is true for a range asked for (a link, a cluster) and after a zoom step; false with everything on screen', () => {
    const viewport = new Viewport();
    viewport.show([DAY, 2 * DAY], false);
    viewport.visible = [DAY, 2 * DAY];
    expect(viewport.chosen).toBe(true);
    viewport.show('all');
    viewport.visible = null;
    expect(viewport.chosen).toBe(false);
    viewport.zoomBy(2);
    viewport.visible = [DAY, 2 * DAY];
    expect(viewport.chosen).toBe(true);
  });

  it('counts a zoom in from a story that opens on all of itself as the reader’s', () => {
    vi.useFakeTimers();
    try {
      const viewport = new Viewport();
      viewport.show('story', false);
      viewport.visible = null;
      vi.runAllTimers();
      viewport.visible = [DAY, 2 * DAY]; // a wheel zoom, later
      expect(viewport.chosen).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
