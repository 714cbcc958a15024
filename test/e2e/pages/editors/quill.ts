import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { fixtureReady } from './fixture';
import { pageText } from './page-doc';

const quill = new Quill('#editor', { theme: 'snow', modules: { toolbar: [['bold', 'italic'], [{ header: 1 }]] } });
quill.setText(pageText() + '\n');
quill.formatLine(0, 1, 'header', 1);
quill.history.clear();
fixtureReady('quill', () => quill.getText());
