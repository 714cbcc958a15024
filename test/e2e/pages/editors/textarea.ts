import { fixtureReady } from './fixture';
import { pageText } from './page-doc';

const field = document.querySelector<HTMLTextAreaElement>('#editor')!;
field.value = pageText();
fixtureReady('textarea', () => field.value);
