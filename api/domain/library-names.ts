/**
 * The names of the site's document libraries, as SharePoint and the API name them: the tab needs them to ask
 * for a stored document's registration, the documents layer defines the libraries around them.
 */
export const libraryNames = {
  situation: 'lagesbilder',
  actionPlans: 'atgardsplaner',
  council: 'strategisktRad',
  bob: 'bob',
  councilReports: 'rapporterKF',
  departmentReports: 'forvaltningsrapporter',
  importFiles: 'importfiler',
} as const;

/** Where the municipality's areas are kept as GeoJSON, in the lägesbild library. */
export const areaMapPath = 'Områden/Områden.geojson';
