import { Body1, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, CheckmarkRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { useTexts } from '../../i18n/language.js';
import { useSession } from '../../session.js';
import type { OfferJson } from '../../../../api/contract/council.js';


const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
  offer: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
});

/** Part 4 of the plan for N: what the municipality committed to at the council of December N−1, one click from an action. */
export function CouncilOffers({ year, onTaken, onError }: { year: number; onTaken: () => void; onError: (error: ApiError) => void }) {
  const texts = useTexts().council;
  const styles = useStyles();
  const { api } = useSession();
  const [offers, setOffers] = useState<OfferJson[]>();
  const load = useCallback(async () => {
    try {
      setOffers((await api.request<{ offers: OfferJson[] }>(`/api/action-plans/${year}/council-offers`)).offers);
    } catch (e) {
      onError(e as ApiError);
    }
  }, [api, year, onError]);
  useEffect(() => void load(), [load]);
  if (!offers) return null;
  const take = async (offer: OfferJson) => {
    try {
      await api.request(`/api/action-plans/${year}/council-offers/${offer.commitmentId}`, { method: 'POST' });
      await load();
      onTaken();
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
                {offer.who}: {offer.what}
                {offer.byWhen ? ` (${texts.offerBy(offer.byWhen)})` : ''}
              </span>
              {offer.actionId ? (
                <Text>
                  <CheckmarkRegular /> {texts.offerTaken}
                </Text>
              ) : (
                <Button size="small" icon={<AddRegular />} onClick={() => void take(offer)}>
                  {texts.takeOffer(offer.what)}
                </Button>
              )}
            </div>
          ))}
        </>
      )}
    </section>
  );
}
