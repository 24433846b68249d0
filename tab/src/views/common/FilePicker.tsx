import { Button, Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { type DragEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useTexts } from '../../i18n/language.js';

const useStyles = makeStyles({
  // Never wider than where it stands (a table cell, a narrow window); a long label wraps anywhere.
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    maxWidth: '100%',
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    minWidth: 0,
  },
  // The legend sits inside the dashed zone like any other line, not on its border.
  legend: { float: 'left', padding: 0, width: '100%' },
  dragging: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1Hover,
  },
  label: { overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  input: { display: 'none' },
});

/**
 * A Fluent file picker: a button that opens the system's file dialog, and a zone a file can be dropped on.
 * The button's name is the label and its own text, so speech and screen readers find it by either.
 */
export function FilePicker({
  label,
  context,
  accept,
  busy = false,
  onFile,
}: {
  label: string;
  /** What the file is for, said to screen readers after the label where the row around it shows it (a table row). */
  context?: ReactNode;
  accept?: string;
  busy?: boolean;
  onFile: (file: File) => void;
}) {
  const texts = useTexts().filePicker;
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const labelId = useId();
  const buttonTextId = useId();
  const [dragging, setDragging] = useState(false);
  const [chosen, setChosen] = useState<string>();
  const take = (file: File | undefined) => {
    if (!file) return;
    setChosen(file.name);
    onFile(file);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!busy) take(event.dataTransfer.files[0]);
  };
  return (
    <fieldset
      className={mergeClasses(styles.zone, dragging && styles.dragging)}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <legend className={styles.legend}>
        <Text id={labelId} className={styles.label} size={200}>
          {label}
          {context && <span className="visually-hidden"> {context}</span>}
        </Text>
      </legend>
      <Button
        icon={<ArrowUploadRegular />}
        aria-labelledby={`${labelId} ${buttonTextId}`}
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        <span id={buttonTextId}>{texts.choose}</span>
      </Button>
      <Caption1>{chosen ? (busy ? texts.sending(chosen) : texts.chosen(chosen)) : texts.orDrop}</Caption1>
      <input
        ref={input}
        className={styles.input}
        type="file"
        tabIndex={-1}
        aria-hidden="true"
        {...(accept ? { accept } : {})}
        onChange={(event) => {
          take(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
    </fieldset>
  );
}
