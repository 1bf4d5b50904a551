// A worker thread of the research's scan; the code is in index.js.
import { startResearchWorker } from './index.js'

void startResearchWorker()
