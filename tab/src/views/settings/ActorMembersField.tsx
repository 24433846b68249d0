import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useTexts } from '../../i18n/language.js';
import { IconButton } from '../common/IconButton.js';
import { PeoplePicker } from '../common/PeoplePicker.js';

type Member = { id: string; name: string };

const useStyles = makeStyles({
  field: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    border: 'none',
    padding: 0,
    margin: 0,
    minWidth: 0,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  member: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** The people who speak for an actor: listed with a remove button each, and one more picked from the directory. */
export function ActorMembersField({
  members,
  onChange,
  validationMessage,
}: {
  members: Member[];
  onChange: (members: Member[]) => void;
  validationMessage?: string;
}) {
  const texts = useTexts().settings;
  const styles = useStyles();
  return (
    <fieldset className={styles.field}>
      <legend>
        <Body1>{texts.members}</Body1>
      </legend>
      <Caption1>{texts.membersHint}</Caption1>
      {members.length === 0 ? (
        <Body1>{texts.noMembers}</Body1>
      ) : (
        <ul className={styles.list}>
          {members.map((member) => (
            <li key={member.id} className={styles.member}>
              <Body1>{member.name}</Body1>
              <IconButton
                size="small"
                appearance="subtle"
                icon={<DismissRegular />}
                label={texts.removeMember(member.name)}
                onClick={() => onChange(members.filter((m) => m.id !== member.id))}
              />
            </li>
          ))}
        </ul>
      )}
      <PeoplePicker
        label={texts.addMember}
        searchLabel={texts.memberSearchLabel}
        value={null}
        valueName={null}
        noneLabel={texts.chooseMember}
        {...(validationMessage ? { validationMessage } : {})}
        onChange={(id, name) => {
          if (id && !members.some((m) => m.id === id)) onChange([...members, { id, name: name ?? id }]);
        }}
      />
    </fieldset>
  );
}
