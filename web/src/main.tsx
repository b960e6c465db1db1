import { render } from 'preact';
import { Provider } from '@urql/preact';
import { client } from './api/client';
import { App } from './App';
import './styles.css';

render(
  <Provider value={client}>
    <App />
  </Provider>,
  document.getElementById('app')!,
);
