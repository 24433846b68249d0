import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

const useStyles = makeStyles({
  region: {
    maxWidth: '100%',
    minWidth: 0,
    overflowX: 'auto',
    // Fluent's tables lay out fixed, equal columns: a long Swedish compound then runs into the next column at any
    // width, and a narrow window breaks words letter by letter. Laid out by its content a table keeps readable
    // columns and, when that is wider than the window, scrolls here instead of the page.
    '& > table': { tableLayout: 'auto' },
    // A status badge is one word or three; broken over lines its text runs out of its pill.
    '& .fui-Badge': { whiteSpace: 'nowrap' },
  },
});

/**
 * Holds what may be wider than a narrow window (a table, a chart), so that it scrolls sideways by itself and
 * the page does not (WCAG 1.4.10). Only while it does scroll is it a named region in the tab order, so that a
 * keyboard can scroll it too; name it by `label` or by the id of its heading in `labelledBy`.
 */
export function ScrollRegion({
  label,
  labelledBy,
  className,
  children,
}: {
  label?: string;
  labelledBy?: string;
  className?: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const child of Array.from(element.children)) observer.observe(child);
    return () => observer.disconnect();
  }, [children]);

  return (
    <div
      ref={ref}
      className={mergeClasses(styles.region, className)}
      {...(scrolls ? { role: 'region', tabIndex: 0, 'aria-label': label, 'aria-labelledby': labelledBy } : {})}
    >
      {children}
    </div>
  );
}
