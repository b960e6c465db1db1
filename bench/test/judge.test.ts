import { judge } from '../src/hostile/hostile-run.js';

describe('judging an answer to a hostile request', () => {
  it('accepts a coded JSON error and a documented close code', () => {
    expect(judge({ transport: 'http', status: 400, text: '{"errors":[{"message":"no","extensions":{"code":"BAD_REQUEST"}}]}' })).toEqual([]);
    expect(judge({ transport: 'ws', closeCode: 4400, text: '' })).toEqual([]);
  });

  it('flags server errors, HTML, stack traces, missing or unknown codes and unknown close codes', () => {
    expect(judge({ transport: 'http', status: 500, text: '{"errors":[{"message":"x","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}' })).toEqual([
      'HTTP 500',
      'undocumented code INTERNAL_SERVER_ERROR',
    ]);
    expect(judge({ transport: 'http', status: 400, text: '<html><pre>SyntaxError at parse (/work/app/node_modules/body-parser/lib/types/json.js:92:19)</pre></html>' }).length).toBeGreaterThan(2);
    expect(judge({ transport: 'http', status: 413, text: '{}' })).toEqual(['HTTP 413 without errors']);
    expect(judge({ transport: 'ws', closeCode: 4500, text: '{"type":"error","id":"1","payload":[{"message":"x"}]}' })).toEqual(['closed with 4500', 'undocumented code undefined']);
  });
});
