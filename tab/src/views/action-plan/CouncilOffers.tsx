import { Body1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, CheckmarkRegular } from '@fluentui/react-icons';
import type { ApiError } from '../../api/client.js';
import { useCouncilOffers, useTakeCouncilOffer } from '../../api/resources/council-offers.js';
import { useTexts } from '../../i18n/language.js';
import { withWritten, Written } from '../../i18n/written.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import type { OfferJson } from '../../../../api/contract/council.js';
import { ActionButton } from '../common/ActionButton.js';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  offer: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
});

/** Part 4 of the plan for N: what the municipality committed to at the council of December N−1, one click from an action. */
export function CouncilOffers({ year, onError }: { year: number; onError: (error: ApiError) => void }) {
  const texts = useTexts().council;
  const styles = useStyles();
  const { data, error } = useCouncilOffers(year);
  const takeOffer = useTakeCouncilOffer(year);
  if (!data) return error ? <ErrorMessage error={error} /> : null;
  const { offers } = data;
  // The offers and the plan are read again once one is taken.
  const take = async (offer: OfferJson) => {
    try {
      await takeOffer.mutateAsync({
        method: 'POST',
        path: `/api/action-plans/${year}/council-offers/${offer.commitmentId}`,
      });
    } catch (e) {
      onError(e as ApiError);
    }
  };
  return (
    <section className={styles.panel} aria-label={texts.offersHeading(year - 1)}>
      <Text weight="semibold">{texts.offersHeading(year - 1)}</Text>
      {offers.length === 0 ? (
        <Body1 as="p">{texts.offersNone(year - 1)}</Body1>
      ) : (
        <>
          <Body1 as="p">{texts.offersIntro}</Body1>
          {offers.map((offer) => (
            <div key={offer.commitmentId} className={styles.offer}>
              <span>
                <Written>{offer.who}</Written>: <Written>{offer.what}</Written>
                {offer.byWhen ? ` (${texts.offerBy(offer.byWhen)})` : ''}
              </span>
              {offer.actionId ? (
                <Text>
                  <CheckmarkRegular /> {texts.offerTaken}
                </Text>
              ) : (
                <ActionButton size="small" icon={<AddRegular />} onAction={() => take(offer)}>
                  {withWritten(texts.takeOffer, offer.what)}
                </ActionButton>
              )}
            </div>
          ))}
        </>
      )}
    </section>
  );
}
