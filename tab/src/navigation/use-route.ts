import { useEffect, useState } from 'react';

function segments(): string[] {
  return window.location.hash.replace(/^#\/?/, '').split('/').map(decoded);
}

/** A link cut short in a mail (#/lagesbild/%E0) names no part of the tab, but must not stop it. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function useHashSegments(): string[] {
  const [current, setCurrent] = useState(segments);
  useEffect(() => {
    const onChange = () => setCurrent(segments());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return current;
}

/** The area named in the URL hash (#/installningar), so a reload or a shared link opens the same view. */
export function useRoute(): [string, (slug: string) => void] {
  const [slug = ''] = useHashSegments();
  return [slug, (next) => (window.location.hash = `#/${next}`)];
}

/**
 * What follows the area in the hash (#/lagesbild/kvartal/2026 → ['kvartal', '2026']), and a way to go
 * elsewhere inside the same area, so views within an area can be linked to and reloaded too.
 */
export function useSubRoute(): [string[], (...next: (string | number)[]) => void] {
  const [slug = '', ...rest] = useHashSegments();
  return [
    rest.filter((segment) => segment !== ''),
    (...next) =>
      (window.location.hash = `#/${[slug, ...next.map((part) => encodeURIComponent(String(part)))].join('/')}`),
  ];
}
