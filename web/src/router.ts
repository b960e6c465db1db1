import { useEffect, useState } from 'preact/hooks';

/** Hash routes, so the static files need no server-side rewrites: #/events/<id>, #/bookings, … */
export type Route =
  | { page: 'events' }
  | { page: 'event'; id: string }
  | { page: 'bookings' }
  | { page: 'booking'; id: string }
  | { page: 'organizer' }
  | { page: 'door' }
  | { page: 'login' };

export function parseRoute(hash: string): Route {
  const [first, id] = hash.replace(/^#\/?/, '').split('/');
  if (first === 'events' && id) return { page: 'event', id };
  if (first === 'bookings' && id) return { page: 'booking', id };
  if (first === 'bookings' || first === 'organizer' || first === 'door' || first === 'login') return { page: first };
  return { page: 'events' };
}

export const navigate = (path: string): void => {
  window.location.hash = path;
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
