import { Button, Link } from '@fluentui/react-components';
import { Input, Textarea } from '../common/text-fields.js';
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import type { ApiError } from '../../api/client.js';
import { useTexts } from '../../i18n/language.js';
import { withWritten } from '../../i18n/written.js';
import { useSession } from '../../session.js';
import type { AgendaItem } from './council-types.js';
import { usePageStyles } from '../common/page-styles.js';
import { IconButton } from '../common/IconButton.js';
import { LimitedField } from '../common/LimitedField.js';
import { textLimits } from '../../../../api/domain/text-limits.js';
import { agendaItemSchema } from '../../../../api/domain/council/agenda.js';
import { lineLimit } from '../../../../api/domain/max-length.js';

/** The limits the service refuses at, for the counts beside the fields. */
const titleLimit = lineLimit(agendaItemSchema.shape.title);

/** One point of the agenda; the plan's five cannot be removed or moved, an added one can. */
export function AgendaItemEditor(props: {
  item: AgendaItem;
  number: number;
  editable: boolean;
  onChange: (item: AgendaItem) => void;
  onMove?: (by: -1 | 1) => void;
  onRemove?: () => void;
  onError: (error: ApiError) => void;
  /** The service's refusal of one of this item's fields ('title', 'text'), said beside it. */
  issue: (field: 'title' | 'text') => string | undefined;
}) {
  const { item, editable } = props;
  const texts = useTexts().council;
  const styles = usePageStyles();
  const { api } = useSession();
  const heading = `${props.number}. ${item.title}`;
  return (
    <section className={styles.section} aria-label={heading}>
      <h3>{heading}</h3>
      <span>{item.point === null ? texts.addedItem : texts.requiredPoint(item.point)}</span>
      {editable ? (
        <>
          <LimitedField
            value={item.title}
            max={titleLimit}
            label={texts.itemTitle}
            validationMessage={props.issue('title')}
          >
            <Input value={item.title} onChange={(_, d) => props.onChange({ ...item, title: d.value })} />
          </LimitedField>
          <LimitedField
            label={texts.itemText}
            value={item.text}
            max={textLimits.document}
            validationMessage={props.issue('text')}
          >
            <Textarea
              value={item.text}
              rows={Math.min(12, Math.max(3, item.text.split('\n').length + 1))}
              resize="vertical"
              onChange={(_, d) => props.onChange({ ...item, text: d.value })}
            />
          </LimitedField>
        </>
      ) : (
        <p className={styles.lines}>{item.text}</p>
      )}
      {item.links.length > 0 && (
        <div>
          <strong>{texts.links}:</strong>
          <ul>
            {item.links.map((link) => (
              <li key={link.href}>
                {link.href.startsWith('#') ? (
                  <Link href={link.href}>{link.title}</Link>
                ) : link.href.startsWith('/api/') ? (
                  <Link as="button" onClick={() => void api.openFile(link.href, `${link.title}`).catch(props.onError)}>
                    {link.title}
                  </Link>
                ) : (
                  // An outside address: opened as a plain link, never fetched with the reader's sign-in.
                  <Link href={link.href} target="_blank" rel="noopener noreferrer">
                    {link.title} {texts.outsideLink}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {editable && item.point === null && (
        <div className={styles.row}>
          {props.onMove && (
            <>
              <IconButton
                size="small"
                icon={<ArrowUpRegular />}
                label={texts.moveUp(item.title)}
                onClick={() => props.onMove!(-1)}
              />
              <IconButton
                size="small"
                icon={<ArrowDownRegular />}
                label={texts.moveDown(item.title)}
                onClick={() => props.onMove!(1)}
              />
            </>
          )}
          <Button size="small" icon={<DeleteRegular />} onClick={props.onRemove}>
            {withWritten(texts.removeItem, item.title)}
          </Button>
        </div>
      )}
    </section>
  );
}
