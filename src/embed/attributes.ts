/**
 * The embed's view settings are the app's link parameters (src/state/urlState.ts) under
 * friendlier attribute names, so a link, an element and an iframe URL all say the same
 * things the same way, and go through the same checks.
 */
export const VIEW_ATTRIBUTES = {
  event: 'event',
  thread: 'thread',
  countries: 'country',
  actors: 'actor',
  tags: 'tag',
  bases: 'basis',
  query: 'q',
  range: 'range',
  lanes: 'lanes',
  view: 'view',
} as const;

export type ViewAttribute = keyof typeof VIEW_ATTRIBUTES;

export const VIEW_ATTRIBUTE_NAMES = Object.keys(VIEW_ATTRIBUTES) as ViewAttribute[];

/** Link parameters from the element's attributes. */
export function paramsFromAttributes(get: (attribute: ViewAttribute) => string | null): URLSearchParams {
  const params = new URLSearchParams();
  for (const attribute of VIEW_ATTRIBUTE_NAMES) {
    const value = get(attribute);
    if (value !== null) params.set(VIEW_ATTRIBUTES[attribute], value);
  }
  return params;
}

/** Element attributes from link parameters, in attribute order. */
export function attributesFromParams(params: URLSearchParams): [ViewAttribute, string][] {
  return VIEW_ATTRIBUTE_NAMES.flatMap((attribute): [ViewAttribute, string][] => {
    const value = params.get(VIEW_ATTRIBUTES[attribute]);
    return value === null ? [] : [[attribute, value]];
  });
}
