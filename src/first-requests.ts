// Wiring: imported first by src/main.ts, so the first view's data requests leave before the rest of
// the script is evaluated (an import's body runs before the importing module's own statements).
import { startFirstData } from './data/first-data';

startFirstData();
