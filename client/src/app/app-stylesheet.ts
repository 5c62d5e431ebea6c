/**
 * The pre-rendered landing page carries only the rules it uses itself, and `public/early-intent.js`
 * links the app's whole stylesheet (named in its `data-app-stylesheet`). The app makes sure of it
 * before it mounts: an `early-intent.js` cached from before a deploy does not link it, and a load
 * that failed is tried once more. Resolves true once the stylesheet is in (or the page needs none
 * loaded: every other page links it itself), false when it cannot be loaded.
 */
export async function appStylesheetReady(): Promise<boolean> {
  const href = document.querySelector('script[data-app-stylesheet]')?.getAttribute('data-app-stylesheet');
  if (!href) return true;
  const linked = (): HTMLLinkElement[] =>
    Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')).filter((link) => link.getAttribute('href') === href);
  if (linked().some(hasRules)) return true;
  // A link already there without rules has failed (early-intent.js runs the app after its load
  // or error). The browser answers the same address with the same failure: a retry asks under
  // another one (the server ignores the query).
  const failedBefore = linked().length > 0;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    // A link of our own: one that is still loading or failed already cannot be told apart.
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.crossOrigin = 'anonymous';
    link.href = failedBefore || attempt > 0 ? `${href}?attempt=${attempt + 1}` : href;
    const loaded = new Promise<boolean>((resolve) => {
      link.addEventListener('load', () => resolve(true), { once: true });
      link.addEventListener('error', () => resolve(false), { once: true });
    });
    document.head.appendChild(link);
    if (await loaded) {
      for (const other of linked()) if (other !== link) other.remove();
      return true;
    }
    link.remove();
  }
  return false;
}

/** True when the link's stylesheet is in. A link that failed has a sheet too, whose rules cannot be read. */
function hasRules(link: HTMLLinkElement): boolean {
  try {
    return (link.sheet?.cssRules.length ?? 0) > 0;
  } catch {
    return false;
  }
}
