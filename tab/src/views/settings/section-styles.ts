import { makeStyles, tokens } from '@fluentui/react-components';

/** Every section of Inställningar stacks its parts the same way and keeps the same space to the next. */
export const useSectionStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalXXL,
  },
});
