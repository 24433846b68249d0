import {
  Body1,
  Button,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useCommitmentResults } from '../../api/resources/commitment-results.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { writtenLang } from '../../i18n/written.js';
import { ErrorMessage } from '../common/ErrorMessage.js';
import { formatDate } from '../common/format.js';
import { ScrollRegion } from '../common/ScrollRegion.js';
import { CommitmentResultDialog } from './CommitmentResultDialog.js';
import type { CommitmentWithResultJson } from './council-types.js';

/**
 * What was promised at a council and what became of it: each actor's representative reports their own
 * actor's results here before the next council, whose agenda then shows them under point 2.
 */
export function CommitmentResults({ year }: { year: number }) {
  const texts = useTexts().council;
  const language = useLanguage();
  const restoreFocus = useRestoreFocusTarget();
  const read = useCommitmentResults(year);
  const commitments = read.data?.commitments;
  const error = read.error ?? undefined;
  const [reporting, setReporting] = useState<{ commitment: CommitmentWithResultJson; open: boolean; key: number }>();

  const headingId = `commitment-results-${year}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{texts.resultsHeading(year)}</h3>
      <ErrorMessage error={error} />
      {commitments && commitments.length === 0 && <Body1 as="p">{texts.noCommitments(year)}</Body1>}
      {commitments && commitments.length > 0 && (
        <ScrollRegion labelledBy={headingId}>
          <Table aria-labelledby={headingId} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{texts.who}</TableHeaderCell>
                <TableHeaderCell>{texts.what}</TableHeaderCell>
                <TableHeaderCell>{texts.byWhen}</TableHeaderCell>
                <TableHeaderCell>{texts.result}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {commitments.map((commitment) => (
                <TableRow key={commitment.id}>
                  <TableCell lang={writtenLang}>{commitment.who}</TableCell>
                  <TableCell lang={writtenLang}>{commitment.what}</TableCell>
                  <TableCell>{commitment.byWhen ? formatDate(commitment.byWhen, language) : '–'}</TableCell>
                  <TableCell>
                    {commitment.result ? (
                      <>
                        <Body1 block>
                          {commitment.result.text
                            ? `${texts.outcomes[commitment.result.outcome]}: ${commitment.result.text}`
                            : texts.outcomes[commitment.result.outcome]}
                        </Body1>
                        <Caption1 block>
                          {texts.reportedBy(
                            commitment.result.reportedBy,
                            formatDate(commitment.result.reportedOn, language),
                          )}
                        </Caption1>
                      </>
                    ) : (
                      <Body1 block>{texts.noResult}</Body1>
                    )}
                    {commitment.mayReport && (
                      <Button
                        {...restoreFocus}
                        size="small"
                        onClick={() => setReporting({ commitment, open: true, key: Date.now() })}
                      >
                        {commitment.result ? texts.changeResult : texts.reportResult}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
      {reporting && (
        <CommitmentResultDialog
          key={reporting.key}
          open={reporting.open}
          year={year}
          commitment={reporting.commitment}
          onClose={() => setReporting({ ...reporting, open: false })}
        />
      )}
    </section>
  );
}
