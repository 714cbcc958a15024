export { parseFields, fillTemplate, blankFor } from './fields';
export { templateFromOutline, BODY_BLANK } from './from-outline';
