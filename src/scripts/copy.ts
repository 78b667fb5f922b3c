/**
 * Progressive enhancement: a copy button after every citation (`[data-copy]`), and copying the
 * permanent URL when a reader follows a pinpoint self-link (`a.anchor-link`). Without JavaScript or
 * without the Clipboard API the citations stay selectable text and the self-links plain links.
 */
export function initCopy(): void {
  const status = document.getElementById('copy-status');
  if (!status || !navigator.clipboard) return;
  const label = (name: string) => status.dataset[name] ?? '';
  const announce = (text: string) => {
    status.textContent = '';
    // A fresh text node each time, so screen readers repeat the same message.
    window.setTimeout(() => (status.textContent = text), 50);
  };
  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      announce(done);
      return true;
    } catch {
      announce(label('failed'));
      return false;
    }
  };

  for (const el of document.querySelectorAll<HTMLElement>('[data-copy]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = label('button');
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- nothing awaits a click handler; copy() reports its own failure
    button.addEventListener('click', async () => {
      if (await copy((el.textContent ?? '').trim(), label('done'))) {
        button.textContent = label('done');
        window.setTimeout(() => (button.textContent = label('button')), 2000);
      }
    });
    el.after(button);
  }

  // The canonical URL, not the address bar: a reader on a mirror or with tracking parameters still copies the permanent link.
  const canonical =
    document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ??
    location.href.split('#')[0]!;
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a.anchor-link');
    if (
      !link ||
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    void copy(`${canonical.split('#')[0]}${link.getAttribute('href') ?? ''}`, label('link'));
  });
}
