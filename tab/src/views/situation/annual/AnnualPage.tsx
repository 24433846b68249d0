import { Body1, Link, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { Input } from '../../common/text-fields.js';
import { ArrowDownloadRegular, CheckmarkCircleRegular, DocumentAddRegular, EditRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { ApiError } from '../../../api/client.js';
import { useCurrentCycle } from '../../../api/resources/cycles.js';
import { useAnnual, useAnnualDocument } from '../../../api/resources/situation-annual.js';
import { useCategories } from '../../../api/resources/situation-categories.js';
import { useLanguage, useTexts } from '../../../i18n/language.js';
import { fieldError } from '../../common/field-error.js';
import { useSubRoute } from '../../../navigation/use-route.js';
import { useSession } from '../../../session.js';
import { ErrorMessage } from '../../common/ErrorMessage.js';
import { AnnualSectionEditor } from './AnnualSectionEditor.js';
import { FromCouncil } from './FromCouncil.js';
import { GatheredMaterial } from './GatheredMaterial.js';
import { categoryNamer } from '../category-name.js';
import { annualKeys } from '../../../api/resources/situation-annual.js';
import { RegistrationButton } from '../../common/RegistrationButton.js';
import { servedYearOf } from '../../../../../api/domain/served-years.js';
import { ActionButton } from '../../common/ActionButton.js';
import { YearSelect } from '../../common/YearSelect.js';
import { formatDate } from '../../common/format.js';
import { useConfirm } from '../../common/ConfirmDialog.js';
import { yearOverOn } from '../../../../../api/domain/cycle/completable.js';
import { annualFinaliseSchema } from '../../../../../api/domain/situation/annual-finalise.js';
import { lineLimit } from '../../../../../api/domain/max-length.js';
import { LimitedField } from '../../common/LimitedField.js';

const overrideReasonLimit = lineLimit(annualFinaliseSchema.shape.overrideReason);

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '64rem' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
});

/** The annual lägesbild of a work year (#/lagesbild/arlig/<year>/<section>): six sections and the gathered data. */
export function AnnualPage({ path }: { path: string[] }) {
  const texts = useTexts().situation;
  const language = useLanguage();
  const styles = useStyles();
  const { api, me } = useSession();
  const [, go] = useSubRoute();
  const current = useCurrentCycle();
  const categories = useCategories();
  const currentYear = current.data?.year;
  const year = servedYearOf(path[0]) ?? currentYear;
  const { data: annual, error: annualError } = useAnnual(year);
  const annualDocument = useAnnualDocument(year ?? 0);
  const [writeError, setWriteError] = useState<ApiError>();
  const [notice, setNotice] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [confirm, confirmation] = useConfirm();
  const error = writeError ?? annualError ?? current.error ?? categories.error ?? undefined;
  const focusSection = path[1];
  const editable = me.roles.includes('SecurityChief');
  const loaded = annual !== undefined;

  // Once, when the year has come: the annual is read again after every save, and the page must not jump then.
  useEffect(() => {
    if (loaded && focusSection) document.getElementById(`annual-${focusSection}`)?.scrollIntoView();
  }, [loaded, focusSection]);

  if (year === undefined || currentYear === undefined || !annual || !categories.data)
    return error ? <ErrorMessage error={error} /> : <Spinner label={texts.annualPage} />;
  const categoryName = categoryNamer(categories.data.categories, language);
  // Fastställd, the text stands as adopted: no section, draft or second fastställande until it is opened again.
  const faststalld = annual.document?.registration?.faststalld ?? null;
  const open = editable && !faststalld;
  const finaliseFrom = yearOverOn(year);
  const yearOver = current.data !== undefined && current.data.today >= finaliseFrom;
  const saveDocument = async () => {
    try {
      const saved = await annualDocument.mutateAsync({
        method: 'POST',
        path: `/api/situation/annual/${year}/document`,
      });
      setNotice(texts.annualSaved(saved.version));
    } catch (e) {
      setWriteError(e as ApiError);
    }
  };

  const reopen = async () => {
    if (!(await confirm({ message: texts.confirmReopenAnnual, confirmLabel: texts.reopenAnnual }))) return;
    try {
      await annualDocument.mutateAsync({ method: 'POST', path: `/api/situation/annual/${year}/reopen` });
      setWriteError(undefined);
      setNotice(texts.annualReopened);
    } catch (e) {
      setNotice('');
      setWriteError(e as ApiError);
    }
  };

  const finalise = async () => {
    try {
      const saved = await annualDocument.mutateAsync({
        method: 'POST',
        path: `/api/situation/annual/${year}/finalise`,
        body: { overrideReason: overrideReason.trim() || null },
      });
      setWriteError(undefined);
      setNotice(texts.annualFinalised(saved.version));
    } catch (e) {
      setNotice('');
      setWriteError(e as ApiError);
    }
  };

  return (
    <div className={styles.page}>
      <div className={styles.row}>
        <YearSelect label={texts.year} year={year} currentYear={currentYear} onChange={(next) => go('arlig', next)} />
        {open && (
          <ActionButton icon={<DocumentAddRegular />} onAction={saveDocument}>
            {texts.saveAnnualDocument}
          </ActionButton>
        )}
      </div>
      <Body1 as="p">{texts.annualIntro(year)}</Body1>
      {faststalld && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{texts.annualIsFaststalld(formatDate(faststalld, language))}</MessageBarBody>
        </MessageBar>
      )}
      {editable && faststalld && (
        <div className={styles.row}>
          <ActionButton icon={<EditRegular />} onAction={reopen}>
            {texts.reopenAnnual}
          </ActionButton>
        </div>
      )}
      {/* Fastställ only once the year is over: before then the page says from when, and offers no button. */}
      {open && !yearOver && <Body1 as="p">{texts.finaliseFrom(year, formatDate(finaliseFrom, language))}</Body1>}
      {open && yearOver && (
        <div className={styles.row}>
          <LimitedField
            value={overrideReason}
            max={overrideReasonLimit}
            label={texts.overrideReason}
            hint={texts.finaliseHint}
            validationMessage={fieldError(writeError, 'overrideReason', language)}
          >
            <Input value={overrideReason} onChange={(_, d) => setOverrideReason(d.value)} />
          </LimitedField>
          <ActionButton appearance="primary" icon={<CheckmarkCircleRegular />} onAction={finalise}>
            {texts.finaliseAnnual}
          </ActionButton>
        </div>
      )}
      {/* A refused finalising or document lists what to correct; a failed read says only that. */}
      <ErrorMessage error={error} summary={error === writeError} />
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {annual.document && (
        <Link
          as="button"
          onClick={() =>
            void api
              .openFile(`/api/situation/annual/${year}/document`, `lagesbild-${year}.docx`)
              .catch((e: ApiError) => setWriteError(e))
          }
        >
          <ArrowDownloadRegular /> {texts.downloadDocument(annual.document.version)}
        </Link>
      )}
      {annual.document && <RegistrationButton document={annual.document} touches={[annualKeys.year(year)]} />}
      {annual.sections.map((section) => (
        <section
          key={`${year}-${section.id}`}
          id={`annual-${section.id}`}
          className={styles.section}
          aria-label={language === 'sv' ? section.title.sv : section.title.en}
        >
          <AnnualSectionEditor year={year} section={section} editable={open} />
          <GatheredMaterial section={section.id} annual={annual} categoryName={categoryName} />
          <FromCouncil section={section.id} annual={annual} onError={setWriteError} />
        </section>
      ))}
      {confirmation}
    </div>
  );
}
