export { evaluateWorkbook } from './evaluateWorkbook';
export { executionRate } from './executionRate';
export { gradeFor } from './gradeFor';
export { scoreIndicator } from './scoreIndicator';
export { round2, showAmount, showRate, showScore } from './display';
