import { startEmbedded, Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startEmbedded();
});
afterAll(async () => {
  await h.close();
});

test('pathway smoke', async () => {
  const t = await h.token('caseworker@202');
  const auth = { Authorization: `Bearer ${t}` };
  const created = await h.http
    .post('/api/v1/cases')
    .set(auth)
    .send({
      child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
      la: '202',
      requestedBy: 'parent',
      receivedOn: '2024-02-29',
    });
  console.log(created.status, JSON.stringify(created.body));
  const id = created.body.caseId;
  const dl = await h.http.get(`/api/v1/cases/${id}/deadlines`).set(auth);
  console.log(JSON.stringify(dl.body));
  const d = await h.http
    .post(`/api/v1/cases/${id}/assessment/decision`)
    .set(auth)
    .send({ decision: 'assess', decidedOn: '2024-04-01', reason: 'needs' });
  console.log(d.status, JSON.stringify(d.body));
  const o = await h.http
    .post(`/api/v1/cases/${id}/assessment/outcome`)
    .set(auth)
    .send({ outcome: 'issue-plan', decidedOn: '2024-05-01', reason: 'needs' });
  console.log(o.status, JSON.stringify(o.body));
  const dr = await h.http
    .post(`/api/v1/cases/${id}/plan/draft`)
    .set(auth)
    .send({
      issuedOn: '2024-06-03',
      sections: {
        A: 'a',
        B: { primaryNeed: 'ASD', description: 'x' },
        C: 'c',
        D: 'd',
        E: 'e',
        F: [
          {
            provision: 'Speech and language therapy, individual sessions',
            hours: 1,
            frequency: 'weekly',
            deliveredBy: 'speech and language therapist',
          },
        ],
        G: 'g',
        H1: 'h',
        H2: 'h',
        J: 'j',
        K: 'k',
        I: { type: 'mainstream', name: 'Oak Primary' },
      },
    });
  console.log(dr.status, JSON.stringify(dr.body));
  const f = await h.http.post(`/api/v1/cases/${id}/plan/final`).set(auth).send({ issuedOn: '2024-06-10' });
  console.log(f.status, JSON.stringify(f.body));
  const f2 = await h.http.post(`/api/v1/cases/${id}/plan/final`).set(auth).send({ issuedOn: '2024-06-18' });
  console.log(f2.status, JSON.stringify(f2.body));
  console.log(JSON.stringify((await h.http.get(`/api/v1/cases/${id}`).set(auth)).body));
  console.log(JSON.stringify((await h.http.get(`/api/v1/cases/${id}/deadlines`).set(auth)).body));
  console.log(JSON.stringify((await h.http.get(`/api/v1/cases/${id}/verify`).set(auth)).body));
  const bad = await h.http
    .post('/api/v1/cases')
    .set(auth)
    .send({ child: { givenName: '' }, la: '2', receivedOn: '2025-02-29' });
  console.log(bad.status, JSON.stringify(bad.body));
});
