import { Badge, makeStyles } from '@fluentui/react-components';
import { CircleFilled } from '@fluentui/react-icons';
import { trafficLightTitles, type TrafficLight } from '../../../../api/domain/action-plan/traffic-light.js';
import { useLanguage } from '../../i18n/language.js';

const colours = { green: 'success', yellow: 'warning', red: 'danger' } as const;
const useStyles = makeStyles({ badge: { whiteSpace: 'nowrap' } });

/** Brå's traffic light: the colour with its word beside it, never the colour alone. */
export function TrafficLightBadge({ light }: { light: TrafficLight }) {
  const language = useLanguage();
  const styles = useStyles();
  return (
    <Badge appearance="tint" color={colours[light]} icon={<CircleFilled />} className={styles.badge}>
      {trafficLightTitles[light][language]}
    </Badge>
  );
}
