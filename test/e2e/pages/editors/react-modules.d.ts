// React is used only by the Slate fixture page (test bundle) and ships no types here.
declare module 'react';
declare module 'react-dom/client';
