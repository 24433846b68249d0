import { useEffect, useState } from 'react';

function current(): string {
  return window.location.hash.replace(/^#\/?/, '').split('/')[0] ?? '';
}

/** The area named in the URL hash (#/installningar), so a reload or a shared link opens the same view. */
export function useRoute(): [string, (slug: string) => void] {
  const [slug, setSlug] = useState(current);
  useEffect(() => {
    const onChange = () => setSlug(current());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [slug, (next) => (window.location.hash = `#/${next}`)];
}
