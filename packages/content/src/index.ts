export { loadTree, type Tree } from './load.ts';
export { render, outputs, appLanguages, trainingData, attentionData } from './render.ts';
export { ContentErrors, formatError, type ContentError } from './source-file.ts';
export { generate, type GenerateResult } from './generate.ts';
