import './domain/schema/zod-config.ts'; // before any schema is built: no eval under the CSP
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/be-vietnam-pro/400.css';

import '@fontsource/be-vietnam-pro/600.css';

import './styles/app.css';
import './styles/static-pages.css';
import { App } from './app/App.tsx';
import { adoptPrerenderedAddress } from './app/prerendered.ts';

// A pre-rendered site page boots as ?site=<id> (issue 16), before anything reads the address.
adoptPrerenderedAddress();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
