/**
 * Below 40rem (640 px at the default text size) the tab is narrow: Teams' side panel, the mobile client,
 * or a window zoomed to 400 %. In rem, so a larger default text size reaches the narrow layout sooner.
 * Use it as a makeStyles key: `{ [narrowScreen]: { … } }`.
 */
export const narrowScreen = '@media (max-width: 40rem)';
