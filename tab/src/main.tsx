import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<main><h1>Trygghetshjulet</h1></main>);
