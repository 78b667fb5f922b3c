/** Minimal view of a key press, so the shortcut rule can be tested without a DOM. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * `/` opens search unless the reader is typing (in a field, text area, select or editable element),
 * where it must stay a character; Ctrl+K and ⌘+K open it from anywhere.
 */
export function isSearchShortcut(press: KeyPress, typing: boolean): boolean {
  if (press.altKey) return false;
  if (press.key.toLowerCase() === 'k' && (press.ctrlKey || press.metaKey)) return true;
  return press.key === '/' && !press.ctrlKey && !press.metaKey && !typing;
}
