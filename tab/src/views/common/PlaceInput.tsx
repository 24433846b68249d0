import type { InputProps } from '@fluentui/react-components';
import { Input } from './text-fields.js';
import { useId } from 'react';
import { usePlaces } from '../../api/resources/situation-entries.js';

/**
 * A place, typed or chosen among the map's areas and the places already counted: the browser suggests them as
 * the person types, so Torget is written as before rather than counted apart as torget. Any other place goes too.
 */
export function PlaceInput(props: Omit<InputProps, 'list'>) {
  const listId = useId();
  const places = usePlaces().data?.places ?? [];
  return (
    <>
      <Input {...props} list={listId} autoComplete="off" />
      <datalist id={listId}>
        {places.map((place) => (
          <option key={place} value={place} />
        ))}
      </datalist>
    </>
  );
}
