/**
 * The dir of a field that holds the story's own words: "auto" once it has some, so that they
 * are laid out in their script's direction (a French title in the Arabic studio reads left to
 * right); none while it is empty, so that the empty field, its caret and its placeholder
 * follow the studio's direction, where dir="auto" would set every empty field left to right.
 */
export const textDir = (value: string | null | undefined): 'auto' | undefined => (value ? 'auto' : undefined);
