import { Badge } from '@fluentui/react-components';
import { CheckmarkCircleRegular, CircleRegular, ClockRegular, WarningRegular } from '@fluentui/react-icons';
import type { JSX } from 'react';
import type { MilestoneStatus } from '../../../../api/domain/cycle/index.js';
import { useTexts } from '../../i18n/language.js';

const look: Record<MilestoneStatus, { color: 'success' | 'danger' | 'warning' | 'informative'; icon: JSX.Element }> = {
  done: { color: 'success', icon: <CheckmarkCircleRegular /> },
  overdue: { color: 'danger', icon: <WarningRegular /> },
  dueSoon: { color: 'warning', icon: <ClockRegular /> },
  upcoming: { color: 'informative', icon: <CircleRegular /> },
};

/** Status as icon, word and colour together, never colour alone. */
export function StatusBadge({ status, className }: { status: MilestoneStatus; className?: string }) {
  const texts = useTexts();
  return (
    <Badge className={className} appearance="tint" color={look[status].color} icon={look[status].icon}>
      {texts.cycle.status[status]}
    </Badge>
  );
}
