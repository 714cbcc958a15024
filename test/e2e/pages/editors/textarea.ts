import { fixtureReady } from './fixture';
import { SAMPLE_TEXT } from './sample-report';

const field = document.querySelector<HTMLTextAreaElement>('#editor')!;
field.value = SAMPLE_TEXT;
fixtureReady('textarea', () => field.value);
