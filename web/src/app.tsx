// The application shell: session (restored with GET /auth/session), language, header, navigation
// and the hash router choosing the portal (customer-rep) or the console (staff) pages.
import { useEffect, useRef, useState } from 'preact/hooks';
import { request, setCsrfToken, setUnauthorizedHandler } from './api';
import { LangSwitch } from './components/LangSwitch';
import { LiveRegion } from './components/LiveRegion';
import { Nav } from './components/Nav';
import { useHashRoute } from './hooks';
import { initialLang, setCurrentLang, storeLang, t, tk, type Lang } from './i18n/index';
import { ConsoleClaims, ConsoleLineAvailability } from './pages/console/Claims';
import { CustomerPage, CustomersList } from './pages/console/Customers';
import { ConsoleOrders } from './pages/console/Orders';
import { Queue } from './pages/console/Queue';
import { Register } from './pages/console/Register';
import { StaffTicket } from './pages/console/StaffTicket';
import { ConsoleLineUsage, ConsoleUsage } from './pages/console/Usage';
import { Login } from './pages/Login';
import { Availability } from './pages/portal/Availability';
import { Lines } from './pages/portal/Lines';
import { NewTicket } from './pages/portal/NewTicket';
import { Notifications } from './pages/portal/Notifications';
import { PortalOrders } from './pages/portal/Orders';
import { PortalTicket } from './pages/portal/PortalTicket';
import { PortalTickets } from './pages/portal/Tickets';
import { Usage } from './pages/portal/Usage';
import { isRep, type Session, type User } from './types';

function NotFoundPage() {
  return (
    <>
      <h1>{t('notFound')}</h1>
      <p>{t('pageNotFound')}</p>
    </>
  );
}

function page(user: User, route: string) {
  const parts = route.split('?')[0].split('/').filter(Boolean);
  const [head, arg, arg2] = parts;
  if (isRep(user)) {
    switch (head) {
      case undefined:
      case 'lines':
        return <Lines />;
      case 'tickets':
        return arg ? <PortalTicket id={decodeURIComponent(arg)} user={user} /> : <PortalTickets />;
      case 'new-ticket':
        return <NewTicket user={user} />;
      case 'orders':
        return <PortalOrders />;
      case 'notifications':
        return <Notifications />;
      case 'usage':
        return <Usage />;
      case 'availability':
        // #/availability, or #/availability/line/{id} with that line chosen
        return <Availability key={arg2 ?? ''} initialLine={arg === 'line' && arg2 ? decodeURIComponent(arg2) : undefined} />;
      default:
        return <NotFoundPage />;
    }
  }
  switch (head) {
    case undefined:
    case 'queue':
      return <Queue user={user} />;
    case 'tickets':
      return arg ? <StaffTicket id={decodeURIComponent(arg)} user={user} /> : <Queue user={user} />;
    case 'register':
      return <Register user={user} />;
    case 'orders':
      return <ConsoleOrders />;
    case 'customers':
      return arg ? <CustomerPage id={decodeURIComponent(arg)} /> : <CustomersList />;
    case 'usage':
      if (!arg) return <ConsoleUsage />;
      return arg === 'line' && arg2 ? <ConsoleLineUsage id={decodeURIComponent(arg2)} /> : <NotFoundPage />;
    case 'claims':
      return <ConsoleClaims user={user} />;
    case 'availability':
      return arg === 'line' && arg2 ? <ConsoleLineAvailability key={arg2} id={decodeURIComponent(arg2)} /> : <NotFoundPage />;
    default:
      return <NotFoundPage />;
  }
}

export function App() {
  const [lang, setLangState] = useState<Lang>(() => {
    const l = initialLang();
    setCurrentLang(l);
    return l;
  });
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>();
  const route = useHashRoute();
  const mainRef = useRef<HTMLElement>(null);
  const firstRoute = useRef(true);

  const setLang = (l: Lang) => {
    setCurrentLang(l);
    storeLang(l);
    setLangState(l);
  };

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setCsrfToken('');
      setSession((s) => {
        if (s) setNotice('sessionExpired');
        return null;
      });
    });
    request<Session>('GET', '/auth/session', { quiet401: true })
      .then((r) => {
        setCsrfToken(r.data.csrfToken);
        setSession(r.data);
      })
      .catch(() => setSession(null));
  }, []);

  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [route]);

  const login = (s: Session) => {
    setCsrfToken(s.csrfToken);
    setNotice(undefined);
    setSession(s);
  };
  const logout = async () => {
    try {
      await request('DELETE', '/auth/session', { quiet401: true });
    } catch {
      /* the session is gone either way */
    }
    setCsrfToken('');
    setSession(null);
    setNotice('loggedOut');
    location.hash = '/';
  };

  const user = session?.user;
  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        mainRef.current?.focus();
      }}>
        {t('skipToContent')}
      </a>
      <header class="header">
        <p class="brand">
          <a href="#/">bizline</a>
        </p>
        {user ? (
          <p class="who">
            <span class="user-name">{user.name}</span> · <span class="user-role">{tk('role', user.role)}</span>
          </p>
        ) : null}
        <LangSwitch id="lang-header" lang={lang} onChange={setLang} />
        {user ? (
          <button type="button" class="logout" onClick={logout}>
            {t('logout')}
          </button>
        ) : null}
      </header>
      <div class={user ? 'layout' : 'layout layout-anon'}>
        {user ? <Nav user={user} route={route} /> : null}
        <main id="main" tabIndex={-1} ref={mainRef}>
          {session === undefined ? (
            <p>{t('loading')}</p>
          ) : user ? (
            page(user, route)
          ) : (
            <Login notice={notice === 'sessionExpired' ? t('sessionExpired') : notice === 'loggedOut' ? t('loggedOut') : undefined} onLogin={login} />
          )}
        </main>
      </div>
      <LiveRegion />
    </>
  );
}
