/**
 * User Timing marks at the stages of opening a dataset (fetched, parsed, validated, story
 * built), so that `npm run bench` and a browser's performance panel show where the time
 * of a first render goes. A mark costs a microsecond; the names are part of no contract.
 */
export type Stage = 'fetched' | 'parsed' | 'validated' | 'story';

export function markStage(stage: Stage): void {
  globalThis.performance?.mark?.(`timeline:${stage}`);
}
