import { startTestServer } from '../support/test-server.js';
import { describeAccessMatrix, matrixDate } from './access-matrix.js';

describeAccessMatrix('embedded store', () => startTestServer({ now: matrixDate }));
