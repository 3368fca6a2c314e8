let loading: Promise<[unknown, { emojiDataSource: string }]> | undefined;

/**
 * Makes an `<emoji-picker>`, loading the picker's code and its data location on
 * first use only: nothing of it is fetched until the person asks for an emoji.
 * `dataSource` overrides where the emoji data is read from.
 */
export async function createEmojiPicker(dataSource?: string): Promise<HTMLElement> {
  loading ??= Promise.all([import('emoji-picker-element'), import('./emoji-data.js')]);
  const [, data] = await loading;
  const picker = document.createElement('emoji-picker') as HTMLElement & { dataSource: string };
  picker.dataSource = dataSource ?? data.emojiDataSource;
  return picker;
}
