// The UI's one table of words: the per-feature tables in ./tables merged. Each table types its English
// against its Chinese, and the merged English is typed against the merged Chinese, so a key missing in
// either language fails to compile. A new feature's words go in a new table here; a key may appear in
// only one table (test/i18n/strings.test.ts). Import problems have their own table
// (tables/import-problems.ts), kept out of this one so the import worker does not bundle the UI's words;
// so do the project file's (tables/project-file.ts), used only by the part loaded on first Save or Open.
import { aboutEn, aboutZh } from './tables/about';
import { annotateEn, annotateZh } from './tables/annotate';
import { appEn, appZh } from './tables/app';
import { chartsEn, chartsZh } from './tables/charts';
import { choroplethEn, choroplethZh } from './tables/choropleth';
import { clusterEn, clusterZh } from './tables/clusters';
import { detailsEn, detailsZh } from './tables/details';
import { domainEn, domainZh } from './tables/domain';
import { downloadEn, downloadZh } from './tables/downloads';
import { embedEn, embedZh } from './tables/embed';
import { exportEn, exportZh } from './tables/export';
import { filtersEn, filtersZh } from './tables/filters';
import { listEn, listZh } from './tables/list';
import { majorProjectsEn, majorProjectsZh } from './tables/major-projects';
import { mydataEn, mydataZh } from './tables/mydata';
import { questionsEn, questionsZh } from './tables/questions';
import { searchEn, searchZh } from './tables/search';
import { storiesEn, storiesZh } from './tables/stories';
import { timelineEn, timelineZh } from './tables/timeline';
import { unmatchedEn, unmatchedZh } from './tables/unmatched';
import { publishedEn, publishedZh } from './tables/published';
import { urlParamsEn, urlParamsZh } from './tables/url-params';
import { featureTableEn, featureTableZh } from './tables/feature-table';
import { spatialEn, spatialZh } from './tables/spatial';

export const zhStrings = {
  ...appZh,
  ...detailsZh,
  ...domainZh,
  ...filtersZh,
  ...searchZh,
  ...listZh,
  ...questionsZh,
  ...chartsZh,
  ...majorProjectsZh,
  ...exportZh,
  ...embedZh,
  ...storiesZh,
  ...timelineZh,
  ...mydataZh,
  ...unmatchedZh,
  ...choroplethZh,
  ...clusterZh,
  ...downloadZh,
  ...aboutZh,
  ...annotateZh,
  ...publishedZh,
  ...urlParamsZh,
  ...featureTableZh,
  ...spatialZh,
} as const;

export type StringKey = keyof typeof zhStrings;

export const enStrings: Record<StringKey, string> = {
  ...appEn,
  ...detailsEn,
  ...domainEn,
  ...filtersEn,
  ...searchEn,
  ...listEn,
  ...questionsEn,
  ...chartsEn,
  ...majorProjectsEn,
  ...exportEn,
  ...embedEn,
  ...storiesEn,
  ...timelineEn,
  ...mydataEn,
  ...unmatchedEn,
  ...choroplethEn,
  ...clusterEn,
  ...downloadEn,
  ...aboutEn,
  ...annotateEn,
  ...publishedEn,
  ...urlParamsEn,
  ...featureTableEn,
  ...spatialEn,
};
