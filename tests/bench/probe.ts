/**
 * What the bench installs in each page before any of the page's own scripts run
 * (playwright's addInitScript), the same for our app and for vis-timeline. It is plain
 * JavaScript in a string, not a function, so that no transpiler helper leaks into the page.
 *
 * "Painted" is measured as the end of a frame: a task queued from a requestAnimationFrame
 * callback runs after that frame's style, layout and paint, so `rAF → setTimeout(0)` marks
 * the moment a change made before or during the frame has been drawn.
 *
 * window.__bench:
 * - firstRenderMs: navigation start → end of the first frame with a mark in the DOM
 * - startFrames() / stopFrames(): requestAnimationFrame deltas, and the long tasks
 *   (PerformanceObserver 'longtask', over 50 ms) that started in between
 * - nextPaint(): resolves after the next frame has been drawn
 * - gesturePoint(selector), afterStep(selector, x, y): where to point at the timeline, and
 *   whether it is still under the pointer after a step's frame
 * - armClickToPaint(selector): the next click's timeStamp → end of the first frame after
 *   the DOM inside `selector` changed; read clickToPaintMs
 */
export interface ProbeConfig {
  /** A mark of the timeline, e.g. `[data-event-id]` or `.vis-item`. */
  readonly markSelector: string;
}

export interface FrameStats {
  deltas: number[];
  longTasks: number;
  longTaskMaxMs: number;
  longTaskTotalMs: number;
}

const PROBE = String.raw`
(() => {
  const config = __CONFIG__;
  const bench = (window.__bench = { firstRenderMs: null, longTasks: [], clickToPaintMs: null, errors: [] });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    bench.errors.push('longtask: ' + error);
  }
  const afterPaint = (callback) => requestAnimationFrame(() => setTimeout(callback, 0));
  bench.nextPaint = () => new Promise((resolve) => afterPaint(resolve));

  const watchFirstRender = () =>
    afterPaint(() => {
      if (document.querySelector(config.markSelector)) bench.firstRenderMs = performance.now();
      else watchFirstRender();
    });
  watchFirstRender();

  let frames = null;
  bench.startFrames = () => {
    const current = (frames = { times: [], running: true, start: performance.now(), end: 0 });
    const loop = (time) => {
      if (!current.running) return;
      current.times.push(time);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };
  bench.stopFrames = () => {
    const current = frames;
    current.running = false;
    current.end = performance.now();
    const deltas = [];
    for (let i = 1; i < current.times.length; i++) deltas.push(current.times[i] - current.times[i - 1]);
    const during = bench.longTasks.filter((task) => task.start + task.duration > current.start && task.start < current.end);
    return {
      deltas,
      longTasks: during.length,
      longTaskMaxMs: during.reduce((max, task) => Math.max(max, task.duration), 0),
      longTaskTotalMs: during.reduce((sum, task) => sum + task.duration, 0),
    };
  };

  bench.gesturePoint = (selector) => {
    const element = document.querySelector(selector);
    if (!element) throw new Error('no ' + selector);
    window.scrollTo(0, window.scrollY + element.getBoundingClientRect().top - 60);
    const box = element.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + Math.min(box.height / 2, 140) };
  };
  bench.afterStep = async (selector, x, y) => {
    await bench.nextPaint();
    const surface = document.querySelector(selector);
    const hit = document.elementFromPoint(x, y);
    return surface && hit && surface.contains(hit) ? null : bench.gesturePoint(selector);
  };

  bench.armClickToPaint = (selector) => {
    const container = document.querySelector(selector);
    if (!container) throw new Error('no ' + selector);
    bench.clickToPaintMs = null;
    let clickedAt = null;
    let changed = false;
    const observer = new MutationObserver(() => {
      if (clickedAt !== null) changed = true;
    });
    observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });
    document.addEventListener(
      'click',
      (event) => {
        clickedAt = event.timeStamp;
        const check = () =>
          afterPaint(() => {
            if (!changed) return check();
            bench.clickToPaintMs = performance.now() - clickedAt;
            observer.disconnect();
          });
        check();
      },
      { capture: true, once: true },
    );
  };
})();
`;

export function probeScript(config: ProbeConfig): string {
  return PROBE.replace('__CONFIG__', JSON.stringify(config));
}
