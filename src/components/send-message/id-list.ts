/** `conversation-ids="a b c"` or `"a,b,c"`: the selected records' ids. */
export const idListConverter = {
  fromAttribute: (value: string | null): string[] | undefined => (value ? value.split(/[\s,]+/).filter(Boolean) : undefined),
  toAttribute: (value: string[] | undefined): string | null => (value?.length ? value.join(' ') : null),
};
