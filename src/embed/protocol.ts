/**
 * Messages from the iframe embed (embed.html) to the page around it. They carry nothing
 * private, so the frame posts them to any parent; iframe-resizer.js accepts them only
 * from its own iframes' windows and origins.
 */
export const HEIGHT_MESSAGE = 'diplomatic-timeline:height';
export const SELECT_MESSAGE = 'diplomatic-timeline:select';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

export interface SelectMessage {
  type: typeof SELECT_MESSAGE;
  id: string | null;
}
