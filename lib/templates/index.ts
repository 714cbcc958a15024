export { parseFields, fillTemplate, blankFor } from './fields';
export { templateFromOutline, BODY_BLANK } from './from-outline';
export { placeTemplate, firstNumberAt, type Landing } from './place';
