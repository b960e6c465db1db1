import { session, useSession } from './auth/session';
import { BookingPage } from './pages/BookingPage';
import { BookingsPage } from './pages/BookingsPage';
import { DoorPage } from './pages/DoorPage';
import { EventPage } from './pages/EventPage';
import { EventsPage } from './pages/EventsPage';
import { LoginPage } from './pages/LoginPage';
import { OrganizerPage } from './pages/OrganizerPage';
import { useRoute, type Route } from './router';

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'event':
      return <EventPage id={route.id} />;
    case 'bookings':
      return <BookingsPage />;
    case 'booking':
      return <BookingPage id={route.id} />;
    case 'organizer':
      return <OrganizerPage />;
    case 'door':
      return <DoorPage />;
    case 'login':
      return <LoginPage />;
    default:
      return <EventsPage />;
  }
}

export function App() {
  const route = useRoute();
  const { user, restoring } = useSession();
  const organizer = user?.role === 'ORGANIZER' || user?.role === 'ADMIN';
  return (
    <>
      <header class="top">
        <a class="brand" href="#/events">boxoffice</a>
        <nav>
          <a href="#/events">Events</a>
          {user && <a href="#/bookings">My bookings</a>}
          {organizer && <a href="#/organizer">My events</a>}
          {organizer && <a href="#/door">Door</a>}
        </nav>
        <span class="who">
          {user ? (
            <>
              <span data-testid="signed-in">{user.name}</span>
              <button type="button" class="link" onClick={() => void session.logout()}>Log out</button>
            </>
          ) : (
            <a href="#/login">Log in</a>
          )}
        </span>
      </header>
      <main>{restoring ? <p>Restoring your session…</p> : <Page route={route} />}</main>
    </>
  );
}
