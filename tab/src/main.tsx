import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { detectHost } from './host/teams-host.js';

void detectHost().then((host) => {
  createRoot(document.getElementById('root')!).render(<App host={host} />);
});
