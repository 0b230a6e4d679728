import { render } from 'preact';
import { App } from './app';
import { prefetchCustomers } from './pages/console/customerCache';
import { DEFAULT_QUEUE_QUERY } from './pages/console/Queue';
import { prefetchTickets } from './ticketApi';

// The console opens on the queue: ask for it and the customers' names now, beside the session
// check (ticketApi.ts, customerCache.ts).
if (location.hash === '' || location.hash === '#/' || location.hash === '#/queue') {
  prefetchTickets(DEFAULT_QUEUE_QUERY());
  prefetchCustomers();
}

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
