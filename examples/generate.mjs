// Writes the Acme Robotics sample organisation into examples/sample-org/.
// Deterministic: a fixed seed and no clock, so re-running gives byte-identical files.
// Run from the repository root: node examples/generate.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED = 20260701;
const OUT = join(dirname(fileURLToPath(import.meta.url)), 'sample-org');
const DOMAIN = 'acmerobotics.com';
const CYCLE = { id: '2026-h2', name: '2026 H2', start: '2026-07-01', end: '2026-12-31' };
const ORGANISATION = {
  id: 'acme-robotics',
  name: 'Acme Robotics',
  domain: DOMAIN,
  headquarters: 'Boston, US',
  currency: 'USD',
  locale: 'en-US',
  departments: ['Executive', 'Engineering', 'Sales', 'Customer Success', 'Marketing', 'Finance', 'People'],
};

// ---------------------------------------------------------------------------------------------------------
// Randomness. One stream per section so that editing one section does not reshuffle the others.

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stream = (n) => mulberry32(SEED + n * 7919);
const pick = (r, list) => list[Math.floor(r() * list.length)];
const chance = (r, p) => r() < p;
const intBetween = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
// Irwin–Hall instead of Box–Muller: plain arithmetic, identical on every platform.
const normal = (r, mean, sd) => {
  let s = 0;
  for (let i = 0; i < 12; i++) s += r();
  return mean + (s - 6) * sd;
};
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
const round = (x, decimals = 0) => {
  const v =
    decimals >= 0
      ? Math.round(x * 10 ** decimals) / 10 ** decimals
      : Math.round(x / 10 ** -decimals) * 10 ** -decimals;
  return v === 0 ? 0 : v;
};
const words = (text) => text.trim().split(/\s+/);
const weighted = (r, pairs) => {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [value, w] of pairs) {
    x -= w;
    if (x < 0) return value;
  }
  return pairs[pairs.length - 1][0];
};
const shuffle = (r, list) => {
  const a = list.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};
const pad = (n, width) => String(n).padStart(width, '0');

// ---------------------------------------------------------------------------------------------------------
// People: the org chart is written out by hand; names, locations and IC titles are drawn from the seed.

const LOC = {
  BOS: 'Boston, US',
  NYC: 'New York, US',
  SF: 'San Francisco, US',
  AUS: 'Austin, US',
  TOR: 'Toronto, CA',
  LON: 'London, UK',
  BER: 'Berlin, DE',
  REM: 'Remote, US',
};

const FIRST_NAMES = words(`
Aaliyah Aarav Abigail Adaeze Adrian Aisha Akira Alejandro Alex Amara Amelia Ana Andrea Anika Arjun
Ayumi Beatriz Ben Bianca Caleb Camila Carlos Chen Chloé Chinedu Claire Daniel Daniela David Deepa
Diego Elena Elif Emeka Emily Emma Ethan Farah Fatima Felix Gabriel Grace Hana Hannah Hiroshi Ibrahim
Imani Ines Isaac Isabella Jamal James Jasmine Javier Jin Jordan José Julia Kai Kavya Kenji Kofi
Laila Lars Leah Leila Liam Lucas Lucía Maya Mateo Mei Mia Michael Mohammed Nadia Naomi Nathan Nia
Nikhil Noah Olivia Omar Oscar Priya Rafael Rahul Renée Ricardo Rohan Ruth Samuel Sara Sebastian
Shreya Siobhan Sofia Søren Tariq Thomas Tomás Valentina Victor Wei Yara Yusuf Zara Zoë
`);

const LAST_NAMES = words(`
Abara Adeyemi Agarwal Ahmed Alvarez Andersen Bauer Becker Bello Bennett Bhatt Brennan Brooks
Campbell Castillo Chen Choi Coleman Costa Cruz Dasgupta Demir Diaz Dubois Edwards Eriksson Fernandes
Fischer Fitzgerald Fujita Garcia Ghosh Gonzalez Gupta Haddad Hansen Hayes Hernandez Hoffmann Hughes
Ibrahim Iyer Jackson Jensen Johnson Kapoor Kaur Kelly Khan Kim Kowalski Kumar Larsen Lee Lin Lopez
Martin Mensah Meyer Miller Moreau Morales Müller Murphy Nakamura Nguyen Novak Nwosu O'Brien Okafor
Olsen Ortiz Osei Park Patel Pereira Petrov Phillips Quinn Ramirez Rao Reyes Richter Rossi Russo Sato
Schmidt Shah Silva Singh Sokolov Suzuki Tanaka Taylor Thompson Tran Turner Usman Vargas Walsh Wang
Weber Williams Wong Yamamoto Yilmaz Zhang Zimmermann
`);

// IC title mixes per area: 'title*weight; …'.
const IC_TITLES_TEXT = {
  platform: 'Software Engineer*3; Senior Software Engineer*4; Staff Software Engineer*1',
  infra: 'Cloud Infrastructure Engineer*3; Senior DevOps Engineer*2; DevOps Engineer*2',
  devex: 'Software Engineer, Developer Experience*3; Senior Software Engineer, Build Systems*2',
  console: 'Frontend Engineer*3; Senior Frontend Engineer*2; Software Engineer*2; Product Designer*1',
  mobile: 'iOS Engineer*2; Android Engineer*2; Senior Mobile Engineer*2',
  integrations: 'Integration Engineer*3; Senior Software Engineer*2; Software Engineer*2',
  analytics: 'Software Engineer*3; Senior Software Engineer*2; Product Designer*1',
  firmware: 'Firmware Engineer*3; Senior Firmware Engineer*2; Embedded Software Engineer*2',
  perception: 'Computer Vision Engineer*3; Senior Computer Vision Engineer*2; Machine Learning Engineer*2',
  motion: 'Robotics Software Engineer*3; Senior Robotics Software Engineer*2; Controls Engineer*2',
  hardware:
    'Mechanical Engineer*3; Electrical Engineer*2; Senior Hardware Engineer*1; Hardware Test Technician*1',
  qa: 'QA Engineer*3; Senior QA Automation Engineer*2; Test Engineer*1',
  sre: 'Site Reliability Engineer*3; Senior Site Reliability Engineer*2',
  security: 'Security Engineer*2; Senior Security Engineer*1; GRC Analyst*1',
  data: 'Data Scientist*2; Senior Data Scientist*1; Machine Learning Engineer*2; Data Engineer*2',
  'ent-sales': 'Enterprise Account Executive*3; Senior Enterprise Account Executive*2',
  'mm-sales': 'Account Executive*3; Senior Account Executive*2',
  sdr: 'Sales Development Representative*4; Senior Sales Development Representative*1',
  'sales-ops': 'Sales Operations Analyst*2; Revenue Operations Analyst*2; Salesforce Administrator*1',
  solutions: 'Solutions Engineer*3; Senior Solutions Engineer*2',
  csm: 'Customer Success Manager*3; Senior Customer Success Manager*2',
  'csm-scaled': 'Customer Success Associate*2; Customer Success Manager*2',
  onboarding: 'Implementation Specialist*2; Robotics Deployment Engineer*2',
  support: 'Support Specialist*2; Technical Support Engineer*3; Senior Technical Support Engineer*1',
  renewals: 'Renewals Specialist*3; Senior Renewals Specialist*1',
  pmm: 'Product Marketing Manager*3; Senior Product Marketing Manager*1',
  demand:
    'Demand Generation Specialist*2; Growth Marketing Manager*2; Paid Media Specialist*1; Marketing Programs Manager*1',
  content: 'Content Marketing Manager*2; Copywriter*1; Brand Designer*1; Video Producer*1',
  mops: 'Marketing Operations Specialist*2; Marketing Analyst*2',
  accounting: 'Staff Accountant*2; Senior Accountant*2; Accounts Payable Specialist*1; Payroll Specialist*1',
  fpa: 'Financial Analyst*3; Senior Financial Analyst*2',
  procurement: 'Procurement Specialist*2; Supply Chain Analyst*2; Buyer*1',
  legal: 'Corporate Counsel*2; Compliance Manager*1; Paralegal*1',
  ta: 'Recruiter*2; Senior Technical Recruiter*2; Recruiting Coordinator*1; Sourcer*1',
  hrbp: 'HR Business Partner*3; Senior HR Business Partner*1',
  peopleops: 'People Operations Specialist*2; HRIS Analyst*1; Compensation Analyst*1; Benefits Specialist*1',
};
const IC_TITLES = Object.fromEntries(
  Object.entries(IC_TITLES_TEXT).map(([area, text]) => [
    area,
    text.split('; ').map((part) => {
      const [title, weight] = part.split('*');
      return [title, Number(weight)];
    }),
  ]),
);

// A manager node: { key?, title, loc, area?, team?, ics?: n, reports?: [...] }; an IC node: { key?, title, loc }.
const team = (title, area, loc, ics, extra = {}) => ({ title, area, loc, ics, ...extra });
const ic = (title, loc, extra = {}) => ({ title, loc, ...extra });

const ORG = {
  key: 'ceo',
  title: 'Chief Executive Officer',
  loc: LOC.BOS,
  dept: 'Executive',
  reports: [
    ic('Chief of Staff', LOC.BOS, { dept: 'Executive' }),
    ic('Executive Assistant', LOC.BOS, { dept: 'Executive' }),
    {
      key: 'vp-eng',
      title: 'VP of Engineering',
      loc: LOC.BOS,
      dept: 'Engineering',
      reports: [
        {
          title: 'Director of Engineering, Platform',
          loc: LOC.BOS,
          reports: [
            team('Engineering Manager, Core Platform', 'platform', LOC.BOS, 7, { team: 'Core Platform' }),
            team('Engineering Manager, Cloud Infrastructure', 'infra', LOC.TOR, 6, {
              team: 'Cloud Infrastructure',
            }),
            team('Engineering Manager, Developer Experience', 'devex', LOC.BER, 5, {
              team: 'Developer Experience',
            }),
            ic('Staff Software Architect', LOC.BOS),
            ic('Senior Engineering Program Manager', LOC.BOS),
          ],
        },
        {
          title: 'Director of Engineering, Product',
          loc: LOC.BOS,
          reports: [
            team('Engineering Manager, Fleet Console', 'console', LOC.BOS, 7, { team: 'Fleet Console' }),
            team('Engineering Manager, Mobile', 'mobile', LOC.TOR, 5, { team: 'Mobile' }),
            team('Engineering Manager, Integrations', 'integrations', LOC.BER, 6, { team: 'Integrations' }),
            team('Engineering Manager, Analytics', 'analytics', LOC.BOS, 5, { team: 'Analytics' }),
            ic('Staff Software Engineer', LOC.REM),
          ],
        },
        {
          key: 'dir-robotics',
          title: 'Director of Engineering, Robotics',
          loc: LOC.BOS,
          reports: [
            team('Engineering Manager, Firmware', 'firmware', LOC.BOS, 7, { team: 'Firmware', key: 'harsh' }),
            team('Engineering Manager, Perception', 'perception', LOC.BOS, 6, { team: 'Perception' }),
            team('Engineering Manager, Motion Control', 'motion', LOC.BER, 6, { team: 'Motion Control' }),
            team('Engineering Manager, Hardware', 'hardware', LOC.BOS, 5, { team: 'Hardware' }),
            ic('Staff Robotics Engineer', LOC.BOS),
          ],
        },
        {
          title: 'Director of Quality & Reliability',
          loc: LOC.TOR,
          reports: [
            team('Engineering Manager, QA Automation', 'qa', LOC.TOR, 5, { team: 'QA Automation' }),
            team('Engineering Manager, Site Reliability', 'sre', LOC.TOR, 5, {
              team: 'Site Reliability',
              key: 'sre-mgr',
            }),
            team('Security Engineering Manager', 'security', LOC.BOS, 4, { team: 'Security' }),
            ic('Release Manager', LOC.TOR),
            ic('Staff Site Reliability Engineer', LOC.REM),
          ],
        },
        team('Head of Data & AI', 'data', LOC.BOS, 6, { team: 'Data & AI' }),
        ic('Principal Engineer', LOC.BOS),
        ic('Senior Technical Program Manager', LOC.BOS),
      ],
    },
    {
      key: 'cro',
      title: 'Chief Revenue Officer',
      loc: LOC.NYC,
      dept: 'Sales',
      reports: [
        {
          title: 'Director of Enterprise Sales',
          loc: LOC.NYC,
          reports: [
            team('Regional Sales Manager, Enterprise East', 'ent-sales', LOC.NYC, 6, {
              team: 'Enterprise East',
            }),
            team('Regional Sales Manager, Enterprise West', 'ent-sales', LOC.SF, 6, {
              team: 'Enterprise West',
            }),
            team('Regional Sales Manager, EMEA', 'ent-sales', LOC.LON, 5, { team: 'Enterprise EMEA' }),
            ic('Deal Desk Manager', LOC.NYC),
            ic('Sales Enablement Manager', LOC.NYC),
          ],
        },
        team('Sales Manager, Mid-Market North', 'mm-sales', LOC.NYC, 8, {
          team: 'Mid-Market North',
          key: 'lenient',
        }),
        team('Sales Manager, Mid-Market South', 'mm-sales', LOC.AUS, 7, { team: 'Mid-Market South' }),
        team('Sales Development Manager', 'sdr', LOC.AUS, 8, { team: 'Sales Development' }),
        team('Sales Operations Manager', 'sales-ops', LOC.NYC, 5, {
          team: 'Sales Operations',
          key: 'sales-ops',
        }),
        team('Solutions Engineering Manager', 'solutions', LOC.BOS, 6, { team: 'Solutions Engineering' }),
      ],
    },
    {
      key: 'vp-cs',
      title: 'VP of Customer Success',
      loc: LOC.AUS,
      dept: 'Customer Success',
      reports: [
        {
          title: 'Director of Customer Success',
          loc: LOC.AUS,
          reports: [
            team('Customer Success Lead, Enterprise', 'csm', LOC.AUS, 5, { team: 'Enterprise CSM' }),
            team('Customer Success Lead, Scaled', 'csm-scaled', LOC.AUS, 5, { team: 'Scaled CSM' }),
            team('Onboarding Manager', 'onboarding', LOC.BOS, 5, { team: 'Onboarding' }),
            ic('Customer Education Lead', LOC.REM),
            ic('Customer Success Operations Analyst', LOC.AUS),
          ],
        },
        {
          key: 'head-support',
          title: 'Head of Support',
          loc: LOC.AUS,
          reports: [
            team('Support Team Lead, Americas', 'support', LOC.AUS, 5, { team: 'Support Americas' }),
            team('Support Team Lead, EMEA', 'support', LOC.LON, 5, { team: 'Support EMEA' }),
            ic('Support Operations Analyst', LOC.AUS),
            ic('Senior Support Engineer', LOC.AUS),
            ic('Senior Support Engineer', LOC.LON),
          ],
        },
        team('Renewals Manager', 'renewals', LOC.AUS, 4, { team: 'Renewals' }),
        ic('Customer Marketing Manager', LOC.AUS),
      ],
    },
    {
      key: 'cmo',
      title: 'VP of Marketing',
      loc: LOC.BOS,
      dept: 'Marketing',
      reports: [
        team('Director of Product Marketing', 'pmm', LOC.BOS, 5, { team: 'Product Marketing' }),
        team('Demand Generation Manager', 'demand', LOC.NYC, 7, { team: 'Demand Generation', key: 'demand' }),
        team('Content & Brand Manager', 'content', LOC.BOS, 6, { team: 'Content & Brand' }),
        team('Marketing Operations Manager', 'mops', LOC.NYC, 5, { team: 'Marketing Operations' }),
        ic('Head of Communications', LOC.BOS),
        ic('Events Manager', LOC.NYC),
      ],
    },
    {
      key: 'cfo',
      title: 'Chief Financial Officer',
      loc: LOC.BOS,
      dept: 'Finance',
      reports: [
        team('Controller', 'accounting', LOC.BOS, 6, { team: 'Accounting', key: 'controller' }),
        team('Director of FP&A', 'fpa', LOC.BOS, 5, { team: 'FP&A', key: 'fpa' }),
        team('Procurement Manager', 'procurement', LOC.BOS, 5, { team: 'Procurement' }),
        team('General Counsel', 'legal', LOC.BOS, 4, { team: 'Legal & Compliance' }),
        ic('Treasury Manager', LOC.BOS),
      ],
    },
    {
      key: 'cpo',
      title: 'Chief People Officer',
      loc: LOC.BOS,
      dept: 'People',
      reports: [
        team('Talent Acquisition Manager', 'ta', LOC.BOS, 6, { team: 'Talent Acquisition', key: 'ta' }),
        team('HR Business Partner Lead', 'hrbp', LOC.AUS, 4, { team: 'HR Business Partners', key: 'hrbp' }),
        team('People Operations Manager', 'peopleops', LOC.BOS, 5, { team: 'People Operations' }),
        ic('Learning & Development Lead', LOC.BOS),
        ic('Diversity, Equity & Inclusion Program Manager', LOC.REM),
      ],
    },
  ],
};

const asciiEmail = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/g, 'o')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

function buildPeople() {
  const r = stream(1);
  const people = [];
  const byKey = {};
  const teams = []; // { manager, area, team, members: [people] }
  const usedNames = new Set();
  const usedEmails = new Set();
  const freshName = () => {
    for (;;) {
      const first = pick(r, FIRST_NAMES);
      const last = pick(r, LAST_NAMES);
      const name = `${first} ${last}`;
      if (usedNames.has(name)) continue;
      usedNames.add(name);
      let email = `${asciiEmail(first)}.${asciiEmail(last)}@${DOMAIN}`;
      for (let n = 2; usedEmails.has(email); n++)
        email = `${asciiEmail(first)}.${asciiEmail(last)}${n}@${DOMAIN}`;
      usedEmails.add(email);
      return { name, email };
    }
  };
  const locationFor = (teamLoc) => {
    if (chance(r, 0.8)) return teamLoc;
    return chance(r, 0.6) ? LOC.REM : pick(r, Object.values(LOC));
  };
  // Breadth-first, so the exec team gets the lowest ids.
  const queue = [{ node: ORG, managerId: '', dept: ORG.dept, loc: ORG.loc }];
  while (queue.length > 0) {
    const { node, managerId, dept, loc } = queue.shift();
    const id = `p-${pad(people.length + 1, 3)}`;
    const person = {
      id,
      name: '',
      title: node.title,
      department: node.dept ?? dept,
      managerId,
      email: '',
      location: node.fixedLoc ? node.loc : locationFor(node.loc ?? loc),
    };
    Object.assign(person, freshName());
    people.push(person);
    if (node.key) byKey[node.key] = person;
    person.area = node.area;
    person.teamName = node.team;
    const children = (node.reports ?? []).slice();
    if (node.ics) {
      for (let i = 0; i < node.ics; i++) {
        children.push({ title: weighted(r, IC_TITLES[node.area]), loc: node.loc, icOf: node.area });
      }
    }
    for (const child of children) {
      queue.push({ node: child, managerId: id, dept: person.department, loc: node.loc });
    }
  }
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const p of people) {
    p.reports = people.filter((q) => q.managerId === p.id);
  }
  for (const p of people) {
    if (p.area)
      teams.push({
        manager: p,
        area: p.area,
        team: p.teamName,
        members: p.reports.filter((q) => q.reports.length === 0),
      });
  }
  return { people, byId, byKey, teams };
}

// ---------------------------------------------------------------------------------------------------------
// Goals. Key-result templates: L = linear (start → target), B = binary, R = range.

const L = (title, start, target, unit, decimals = 0, fixed) => ({
  kind: 'linear',
  title,
  start,
  target,
  unit,
  decimals,
  fixed,
});
const B = (title, fixed) => ({ kind: 'binary', title, fixed });
const R = (title, min, max, tolerance, unit, decimals = 1, fixed) => ({
  kind: 'range',
  title,
  min,
  max,
  tolerance,
  unit,
  decimals,
  fixed,
});

const COMPANY_GOALS = [
  {
    key: 'C1',
    title: 'Reach $48M ARR with efficient growth',
    owner: 'ceo',
    method: 'weighted-mean',
    krs: [L('Annual recurring revenue', 36000000, 48000000, 'USD', 0, 41200000)],
  },
  { key: 'C2', title: 'Make every customer successful: retention and advocacy', owner: 'vp-cs' },
  {
    key: 'C3',
    title: 'Ship Atlas 2, the autonomous picking platform, to general availability',
    owner: 'vp-eng',
  },
  { key: 'C4', title: 'Build a world-class, engaged team', owner: 'cpo' },
  { key: 'C5', title: 'Run a secure, compliant and efficient company', owner: 'cfo' },
];

const DEPARTMENT_GOALS = [
  {
    key: 'E1',
    owner: 'vp-eng',
    parent: 'C3',
    title: 'Deliver Atlas 2 on schedule and at production quality',
    krs: [B('Atlas 2 general-availability release shipped', false)],
  },
  {
    key: 'E2',
    owner: 'vp-eng',
    parents: [
      ['C2', 0.5],
      ['C3', 0.5],
    ],
    title: 'Make the fleet platform reliable at 10,000 robots',
  },
  {
    key: 'E3',
    owner: 'vp-eng',
    parent: 'C5',
    weight: 0.5,
    title: 'Raise engineering productivity',
    krs: [L('Median merge-to-production time', 26, 8, 'h', 0, 14)],
  },
  {
    key: 'S1',
    owner: 'cro',
    parent: 'C1',
    title: 'Close $14M in new ARR',
    krs: [L('New ARR booked', 0, 14000000, 'USD', 0, 10900000)],
  },
  { key: 'S2', owner: 'cro', parent: 'C1', title: 'Build predictable pipeline at 4x coverage' },
  {
    key: 'S3',
    owner: 'cro',
    parents: [
      ['C1', 0.6],
      ['C3', 0.4],
    ],
    title: 'Land ten Atlas 2 lighthouse customers',
    krs: [L('Signed Atlas 2 lighthouse customers', 0, 10, 'count', 0, 6)],
  },
  {
    key: 'CS1',
    owner: 'vp-cs',
    parent: 'C2',
    title: 'Cut gross revenue churn from 8% to 4%',
    krs: [L('Gross revenue churn (annualised)', 8, 4, '%', 1, 6)],
  },
  {
    key: 'CS2',
    owner: 'vp-cs',
    parent: 'C2',
    title: 'Give customers a world-class support experience',
    krs: [
      L('NPS of Atlas 2 pilot customers', 50, 100, 'points', 0, 50),
      L('Company-wide NPS', 42, 55, 'points', 0, 47),
    ],
  },
  {
    key: 'CS3',
    owner: 'vp-cs',
    parents: [
      ['C1', 0.5],
      ['C2', 0.5],
    ],
    title: 'Grow net revenue retention to 115%',
    krs: [L('Net revenue retention', 104, 115, '%', 1, 109.5)],
  },
  {
    key: 'M1',
    owner: 'cmo',
    parent: 'C1',
    title: 'Generate 2,400 sales-qualified leads',
    krs: [L('Sales-qualified leads', 0, 2400, 'count', 0, 1870)],
  },
  { key: 'M2', owner: 'cmo', parent: 'C3', title: 'Launch Atlas 2 to the market' },
  {
    key: 'M3',
    owner: 'cmo',
    parent: 'C1',
    weight: 0.5,
    title: 'Build brand preference in warehouse automation',
    krs: [L('Aided brand awareness among target buyers', 18, 30, '%', 0)],
  },
  {
    key: 'F1',
    owner: 'cfo',
    parent: 'C5',
    title: 'Reach 68% gross margin and plan accuracy',
    krs: [L('Gross margin', 61, 68, '%', 1, 65.4)],
  },
  {
    key: 'F2',
    owner: 'cfo',
    parent: 'C5',
    method: 'min',
    title: 'Pass the SOC 2 Type II audit with zero exceptions',
    krs: [L('Open audit exceptions', 14, 0, 'count', 0, 3)],
  },
  { key: 'F3', owner: 'cfo', parent: 'C5', weight: 0.5, title: 'Close the books in 5 working days' },
  {
    key: 'P1',
    owner: 'cpo',
    parent: 'C4',
    title: 'Hire 60 people with quality and speed',
    krs: [L('Hires made', 0, 60, 'count', 0, 47)],
  },
  {
    key: 'P2',
    owner: 'cpo',
    parent: 'C4',
    title: 'Raise employee engagement to 80',
    krs: [L('Employee engagement score', 72, 80, 'points', 0, 76)],
  },
  { key: 'P3', owner: 'cpo', parent: 'C4', method: 'mean', title: 'Launch the 2026 career framework' },
];

const GROWTH_KRS = [
  B('Complete the manager-readiness programme'),
  B('Mentor a new joiner through their first 90 days'),
  L('Internal knowledge-sharing sessions run', 0, 3, 'count'),
  B('Complete a certification relevant to my role'),
  L('Cross-team projects contributed to', 0, 2, 'count'),
];

// Per area: team goals (with their own KRs), personal-goal titles and a pool of personal KRs.
const AREAS = {
  platform: {
    teamGoals: [
      {
        title: 'Scale the fleet data platform to 10,000 robots',
        parent: 'E2',
        krs: [L('Robots supported per cluster', 2500, 10000, 'count')],
      },
    ],
    personal: [
      'Own the robot state store migration',
      'Make fleet APIs fast under load',
      'Harden the telemetry pipeline',
      'Retire legacy platform services',
    ],
    pool: [
      L('p95 fleet API latency', 420, 200, 'ms'),
      L('Unit test coverage of fleet services', 58, 80, '%'),
      B('Event-sourced robot state store live in production'),
      B('Legacy MQTT bridge retired'),
      L('Open platform bugs', 120, 20, 'count'),
      L('Telemetry events ingested per second (sustained)', 20000, 80000, 'count'),
      R('Error-budget burn within plan', 50, 90, 25, '%', 0),
    ],
  },
  infra: {
    teamGoals: [
      {
        title: 'Run cloud infrastructure reliably and at lower cost',
        parents: [
          ['E2', 0.6],
          ['F1', 0.4],
        ],
        krs: [R('Cloud cost per robot per month', 40, 55, 20, 'USD', 2, 61.4)],
      },
    ],
    personal: [
      'Move every service to the new Kubernetes clusters',
      'Cut idle cloud spend',
      'Automate disaster recovery',
    ],
    pool: [
      L('Services migrated to Kubernetes', 0, 24, 'count'),
      L('Idle compute spend per month', 38000, 15000, 'USD'),
      B('Quarterly disaster-recovery drill passed'),
      L('Infrastructure defined as code', 55, 95, '%'),
      L('Mean time to provision an environment', 48, 2, 'h'),
    ],
  },
  devex: {
    teamGoals: [
      {
        title: 'Halve the time from merge to production',
        parent: 'E3',
        krs: [L('CI pipeline duration (p50)', 38, 15, 'min')],
      },
    ],
    personal: [
      'Make CI fast and boring',
      'Give every engineer a one-command dev environment',
      'Kill flaky tests',
    ],
    pool: [
      L('Flaky test rate', 6, 1, '%', 1),
      R('Sprint commitment delivered', 80, 100, 20, '%', 0),
      L('Deploys per week', 12, 40, 'count'),
      B('One-command dev environment adopted by all teams'),
      L('Developer satisfaction with tooling', 3.1, 4, 'points', 1),
      L('Build cache hit rate', 40, 85, '%'),
    ],
  },
  console: {
    teamGoals: [
      {
        title: 'Launch the Atlas 2 fleet console',
        parent: 'E1',
        krs: [B('Fleet console beta opened to all pilot customers')],
      },
    ],
    personal: [
      'Ship live fleet map',
      'Make the console accessible (WCAG 2.2 AA)',
      'Redesign alerting',
      'Speed up console load time',
    ],
    pool: [
      B('Live fleet map shipped'),
      L('Accessibility issues open (axe)', 140, 0, 'count'),
      L('Console p75 load time', 4.2, 1.5, 's', 1),
      B('Alert rules editor released'),
      L('Weekly active console users', 900, 2500, 'count'),
      L('Usability test task success rate', 62, 90, '%'),
    ],
  },
  mobile: {
    teamGoals: [
      {
        title: 'Ship the field-technician mobile app',
        parent: 'E1',
        krs: [B('Mobile app live in both app stores')],
      },
    ],
    personal: ['Ship offline mode for the technician app', 'Raise mobile app quality'],
    pool: [
      L('Crash-free sessions', 97.5, 99.8, '%', 1),
      B('Offline work orders released'),
      L('App store rating', 3.6, 4.5, 'points', 1),
      L('Technicians using the app weekly', 0, 400, 'count'),
    ],
  },
  integrations: {
    teamGoals: [
      {
        title: 'Ship WMS integrations for Atlas 2 launch customers',
        parent: 'E1',
        krs: [L('Certified WMS connectors', 3, 8, 'count')],
      },
    ],
    personal: [
      'Ship the Manhattan WMS connector',
      'Ship the SAP EWM connector',
      'Make integrations self-serve',
    ],
    pool: [
      B('Manhattan WMS connector certified'),
      B('SAP EWM connector certified'),
      L('Integration setup time per customer', 15, 3, 'days'),
      L('Integration-related support tickets per month', 85, 30, 'count'),
      L('Public API endpoints documented', 60, 100, '%'),
    ],
  },
  analytics: {
    teamGoals: [
      {
        title: 'Give customers fleet analytics they use every week',
        parent: 'E1',
        krs: [L('Accounts using analytics weekly', 20, 60, '%')],
      },
    ],
    personal: ['Ship throughput dashboards', 'Launch scheduled reports', 'Make analytics queries fast'],
    pool: [
      B('Throughput dashboard released'),
      B('Scheduled PDF reports released'),
      L('p95 dashboard query time', 9, 2, 's', 1),
      L('Dashboards built by customers', 0, 300, 'count'),
    ],
  },
  firmware: {
    teamGoals: [
      {
        title: 'Deliver Atlas 2 firmware at production quality',
        parent: 'E1',
        krs: [L('Open firmware bugs', 200, 0, 'count', 0, 90)],
      },
      {
        title: 'Cut firmware-related field failures',
        parent: 'E2',
        weight: 0.5,
        krs: [L('Field failures per 1,000 robot-hours', 1.8, 0.6, 'count', 2)],
      },
    ],
    personal: [
      'Ship over-the-air updates with rollback',
      'Stabilise the motor-controller firmware',
      'Harden the bootloader',
      'Reduce firmware build size',
    ],
    pool: [
      B('Over-the-air update with automatic rollback released'),
      L('Motor-controller watchdog resets per week', 45, 5, 'count'),
      B('Secure boot enabled on all Atlas 2 units'),
      L('Firmware image size', 14.5, 10, 'MB', 1),
      L('Hardware-in-the-loop test coverage', 35, 75, '%'),
    ],
  },
  perception: {
    teamGoals: [
      {
        title: 'Reach 99.5% pick success on mixed SKUs',
        parent: 'E1',
        krs: [L('Pick success rate on mixed SKUs', 97.2, 99.5, '%', 1)],
      },
    ],
    personal: [
      'Improve transparent-packaging detection',
      'Cut perception latency',
      'Build the SKU-onboarding data pipeline',
    ],
    pool: [
      L('Detection recall on transparent packaging', 82, 97, '%', 1),
      L('Perception latency per pick (p95)', 180, 90, 'ms'),
      L('Labelled training images', 250000, 1000000, 'count'),
      B('New SKU onboarding without a data scientist'),
    ],
  },
  motion: {
    teamGoals: [
      {
        title: 'Raise picks per hour by 25% with the new motion planner',
        parent: 'E1',
        krs: [L('Picks per hour (median)', 600, 750, 'count')],
      },
    ],
    personal: ['Ship the new trajectory optimiser', 'Cut collision stops', 'Tune motion for heavy payloads'],
    pool: [
      B('Trajectory optimiser enabled by default'),
      L('Collision stops per 10,000 picks', 12, 2, 'count', 1),
      L('Maximum payload handled at full speed', 8, 15, 'kg', 1),
      L('Simulation scenarios passing', 70, 98, '%'),
    ],
  },
  hardware: {
    teamGoals: [
      {
        title: 'Freeze the Atlas 2 hardware design for manufacturing',
        parent: 'E1',
        method: 'min',
        krs: [B('Design for manufacturing review signed off')],
      },
    ],
    personal: [
      'Finalise the gripper redesign',
      'Pass EMC and safety certification',
      'Reduce the bill of materials',
    ],
    pool: [
      B('Gripper design frozen'),
      B('CE and UL safety certification passed'),
      L('Bill-of-materials cost per unit', 41000, 36000, 'USD'),
      L('Mean time between failures', 900, 2000, 'h'),
    ],
  },
  qa: {
    teamGoals: [
      {
        title: 'Automate Atlas 2 regression testing',
        parent: 'E1',
        krs: [L('Regression suite automated', 45, 90, '%')],
      },
    ],
    personal: [
      'Automate the end-to-end pick scenarios',
      'Build the hardware test farm',
      'Cut escaped defects',
    ],
    pool: [
      L('End-to-end scenarios automated', 40, 160, 'count'),
      B('Hardware test farm online'),
      L('Escaped defects per release', 9, 2, 'count'),
      L('Regression run time', 14, 3, 'h'),
    ],
  },
  sre: {
    teamGoals: [
      {
        title: 'Hold 99.95% fleet uptime',
        parent: 'E2',
        krs: [L('Fleet control-plane uptime', 99.8, 99.95, '%', 2)],
      },
    ],
    personal: [
      'Cut mean time to recovery',
      'Make on-call humane',
      'Define SLOs for every customer-facing service',
    ],
    pool: [
      L('Mean time to recovery', 6, 1, 'h', 1),
      L('Pages per on-call week', 28, 8, 'count'),
      L('Customer-facing services with SLOs', 30, 100, '%'),
      L('Incidents with a completed post-mortem', 60, 100, '%'),
      R('Cluster CPU utilisation at peak', 50, 75, 15, '%', 0),
    ],
  },
  security: {
    teamGoals: [
      {
        title: 'Close SOC 2 control gaps',
        parents: [
          ['F2', 0.5],
          ['E3', 0.5],
        ],
        method: 'min',
        krs: [L('SOC 2 controls with evidence', 70, 100, '%')],
      },
    ],
    personal: [
      'Roll out phishing-resistant MFA',
      'Run the penetration test programme',
      'Patch critical vulnerabilities fast',
    ],
    pool: [
      L('Staff on phishing-resistant MFA', 35, 100, '%'),
      B('External penetration test completed'),
      L('Open critical vulnerabilities', 45, 0, 'count'),
      L('Median days to patch a critical vulnerability', 21, 7, 'days'),
    ],
  },
  data: {
    teamGoals: [
      {
        title: 'Predict robot failures before they happen',
        parents: [
          ['E2', 0.5],
          ['CS1', 0.5],
        ],
        krs: [L('Failures predicted 24 h ahead', 0, 60, '%')],
      },
    ],
    personal: [
      'Ship the predictive-maintenance model',
      'Build the customer health score model',
      'Make the data warehouse trustworthy',
    ],
    pool: [
      L('Predictive-maintenance model precision', 55, 85, '%'),
      B('Health score model in the CSM dashboard'),
      L('Data-quality tests passing', 70, 99, '%'),
      L('Warehouse freshness lag', 24, 1, 'h'),
    ],
  },
  'ent-sales': {
    teamGoals: [
      {
        title: 'Close $3M new enterprise ARR in {team}',
        parent: 'S1',
        krs: [L('New ARR closed', 0, 3000000, 'USD')],
      },
    ],
    personal: ['Hit my enterprise quota', 'Build pipeline in my territory', 'Expand our top accounts'],
    pool: [
      L('New ARR closed', 0, 900000, 'USD'),
      L('Qualified pipeline created', 0, 3000000, 'USD'),
      L('Executive meetings held', 0, 20, 'count'),
      L('Win rate', 18, 30, '%'),
      L('Mutual action plans signed', 0, 6, 'count'),
    ],
  },
  'mm-sales': {
    teamGoals: [
      {
        title: 'Close $2M new mid-market ARR in {team}',
        parent: 'S1',
        krs: [L('New ARR closed', 0, 2000000, 'USD')],
      },
    ],
    personal: ['Hit my mid-market quota', 'Shorten my sales cycle', 'Build a healthy pipeline'],
    pool: [
      L('New ARR closed', 0, 450000, 'USD'),
      L('Average sales cycle', 74, 55, 'days'),
      L('Qualified pipeline created', 0, 1400000, 'USD'),
      L('Win rate', 20, 28, '%'),
      L('Demos delivered', 0, 45, 'count'),
    ],
  },
  sdr: {
    teamGoals: [
      {
        title: 'Generate 4x pipeline coverage from outbound',
        parent: 'S2',
        krs: [L('Pipeline coverage', 2.4, 4, 'x', 1)],
      },
    ],
    personal: ['Book more qualified meetings', 'Open new logos in target verticals'],
    pool: [
      L('Qualified meetings booked', 0, 90, 'count'),
      L('Meeting-to-opportunity conversion', 30, 45, '%'),
      L('Target accounts engaged', 0, 150, 'count'),
      L('Reply rate on outbound sequences', 4, 9, '%', 1),
    ],
  },
  'sales-ops': {
    teamGoals: [
      {
        title: 'Improve forecast accuracy to within 5%',
        parents: [
          ['S2', 0.6],
          ['F1', 0.4],
        ],
        krs: [R('Forecast error (commit vs. actual)', -5, 5, 10, '%', 1, 7.5)],
      },
    ],
    personal: ['Clean up CRM data', 'Automate territory planning', 'Ship the pipeline dashboard'],
    pool: [
      L('Opportunities with complete required fields', 62, 98, '%'),
      R('Quota attainment spread across reps (p90 − p10)', 0, 40, 20, '%', 0),
      B('Territory plan for 2027 approved'),
      B('Pipeline dashboard adopted by every manager'),
      L('Time to produce the weekly forecast', 6, 1, 'h'),
    ],
  },
  solutions: {
    teamGoals: [
      {
        title: 'Win the technical evaluation on Atlas 2 deals',
        parents: [
          ['S3', 0.7],
          ['E1', 0.3],
        ],
        krs: [L('Technical win rate on Atlas 2 evaluations', 55, 80, '%')],
      },
    ],
    personal: [
      'Build reusable demo environments',
      'Run successful proofs of concept',
      'Become the Atlas 2 integration expert',
    ],
    pool: [
      B('Reusable Atlas 2 demo cell built'),
      L('Proofs of concept won', 0, 6, 'count'),
      L('Proof-of-concept duration', 45, 25, 'days'),
      L('RFP responses completed on time', 70, 100, '%'),
    ],
  },
  csm: {
    teamGoals: [
      {
        title: 'Reduce enterprise churn and grow expansions',
        parent: 'CS1',
        krs: [L('Enterprise logo churn', 6, 2, '%', 1)],
      },
    ],
    personal: [
      'Run quarterly business reviews for my book',
      'Grow expansions in my accounts',
      'Rescue at-risk accounts',
    ],
    pool: [
      L('Accounts with a QBR this half', 40, 100, '%'),
      L('Expansion ARR', 0, 400000, 'USD'),
      L('At-risk accounts returned to green', 0, 5, 'count'),
      L('Customer health score (book average)', 62, 75, 'points'),
    ],
  },
  'csm-scaled': {
    teamGoals: [
      {
        title: 'Scale success programmes to 400 mid-market accounts',
        parent: 'CS3',
        method: 'mean',
        krs: [L('Accounts covered by digital programmes', 120, 400, 'count')],
      },
    ],
    personal: [
      'Launch the digital onboarding journey',
      'Run webinars for my segment',
      'Improve adoption in my segment',
    ],
    pool: [
      B('Digital onboarding journey live'),
      L('Webinar attendees', 0, 600, 'count'),
      L('Weekly active robots per account', 60, 80, '%'),
      L('Accounts with an adoption plan', 25, 90, '%'),
    ],
  },
  onboarding: {
    teamGoals: [
      {
        title: 'Cut time to first pick for new customers',
        parents: [
          ['CS1', 0.6],
          ['CS3', 0.4],
        ],
        krs: [L('Median days from contract to first pick', 75, 30, 'days')],
      },
    ],
    personal: ['Standardise site surveys', 'Run go-lives without escalations'],
    pool: [
      B('Standard site-survey playbook published'),
      L('Go-lives without an escalation', 50, 90, '%'),
      L('Onboarding CSAT', 78, 92, '%'),
      L('Sites live this half', 0, 14, 'count'),
    ],
  },
  support: {
    teamGoals: [
      {
        title: 'Answer every ticket within 4 hours ({team})',
        parent: 'CS2',
        krs: [L('Median first response time', 24, 4, 'h', 1)],
      },
    ],
    personal: ['Resolve tickets faster', 'Write knowledge-base articles', 'Lift customer satisfaction'],
    pool: [
      L('Median time to resolution', 52, 24, 'h'),
      L('Knowledge-base articles published', 0, 25, 'count'),
      L('Support CSAT', 86, 95, '%'),
      L('Tickets escalated to engineering', 18, 8, '%'),
      L('First-contact resolution rate', 55, 75, '%'),
      R('Tickets handled per agent per day', 25, 35, 10, 'count', 0),
    ],
  },
  renewals: {
    teamGoals: [
      {
        title: 'Renew 95% of due ARR on time',
        parent: 'CS3',
        krs: [L('Due ARR renewed on time', 84, 95, '%')],
      },
    ],
    personal: ['Start renewals 120 days out', 'Secure multi-year renewals'],
    pool: [
      L('Renewals started 120 days before term end', 40, 100, '%'),
      L('Multi-year renewals signed', 0, 12, 'count'),
      L('Average renewal uplift', 0, 5, '%', 1),
    ],
  },
  pmm: {
    teamGoals: [
      {
        title: 'Launch Atlas 2 with sales-ready messaging',
        parents: [
          ['M2', 0.6],
          ['S3', 0.4],
        ],
        krs: [B('Atlas 2 launch event held')],
      },
    ],
    personal: [
      'Ship the Atlas 2 sales playbook',
      'Publish competitive battlecards',
      'Land analyst briefings',
    ],
    pool: [
      B('Atlas 2 sales playbook published'),
      L('Competitive battlecards published', 2, 10, 'count'),
      L('Reps certified on Atlas 2 pitch', 0, 100, '%'),
      L('Analyst briefings held', 0, 6, 'count'),
    ],
  },
  demand: {
    teamGoals: [
      {
        title: 'Deliver 2,400 SQLs at under $450 per lead',
        parent: 'M1',
        krs: [L('Cost per sales-qualified lead', 610, 450, 'USD')],
      },
    ],
    personal: ['Scale paid search efficiently', 'Run the account-based programme', 'Grow webinar pipeline'],
    pool: [
      L('Marketing-sourced pipeline', 0, 12000000, 'USD'),
      L('Paid search cost per lead', 180, 120, 'USD'),
      L('Target accounts engaged by ABM', 0, 200, 'count'),
      L('Webinar registrations', 0, 3000, 'count'),
      L('Website visit-to-lead conversion', 1.2, 2.5, '%', 1),
    ],
  },
  content: {
    teamGoals: [
      {
        title: 'Publish the definitive warehouse-automation content hub',
        parent: 'M3',
        method: 'mean',
        krs: [L('Organic sessions per month', 40000, 90000, 'count')],
      },
    ],
    personal: [
      'Publish customer case studies',
      'Produce the "Robots in the Real World" video series',
      'Refresh the brand guidelines',
    ],
    pool: [
      L('Customer case studies published', 2, 10, 'count'),
      L('Video episodes released', 0, 8, 'count'),
      B('Brand guidelines v3 published'),
      L('Newsletter subscribers', 8000, 15000, 'count'),
    ],
  },
  mops: {
    teamGoals: [
      {
        title: 'Make attribution reporting trustworthy',
        parent: 'M1',
        krs: [L('Opportunities with a known source', 58, 95, '%')],
      },
    ],
    personal: ['Rebuild lead scoring', 'Clean the marketing database'],
    pool: [
      B('New lead-scoring model live'),
      L('Duplicate contacts in CRM', 24000, 2000, 'count'),
      L('Lead routing time', 48, 1, 'h'),
    ],
  },
  accounting: {
    teamGoals: [
      {
        title: 'Close the books in 5 working days',
        parent: 'F3',
        krs: [L('Working days to close', 11, 5, 'days')],
      },
    ],
    personal: [
      'Automate bank reconciliations',
      'Pass the year-end audit with no findings',
      'Speed up supplier payments',
    ],
    pool: [
      L('Bank reconciliations automated', 20, 90, '%'),
      L('Audit adjustments', 9, 0, 'count'),
      L('Invoices paid within terms', 78, 98, '%'),
      B('Revenue-recognition memo for Atlas 2 signed off'),
    ],
  },
  fpa: {
    teamGoals: [
      {
        title: 'Keep spend within ±5% of plan',
        parent: 'F1',
        krs: [R('Budget variance', -5, 5, 5, '%', 1, 3.2)],
      },
    ],
    personal: [
      'Build the 2027 operating plan',
      'Give every budget owner a monthly dashboard',
      'Model Atlas 2 unit economics',
    ],
    pool: [
      B('2027 operating plan approved by the board'),
      L('Budget owners using the monthly dashboard', 20, 100, '%'),
      B('Atlas 2 unit-economics model signed off'),
      R('Department budget variance', -5, 5, 5, '%', 1),
    ],
  },
  procurement: {
    teamGoals: [
      {
        title: 'Cut Atlas 2 bill-of-materials cost by 8%',
        parent: 'F1',
        krs: [L('Bill-of-materials cost reduction', 0, 8, '%', 1)],
      },
    ],
    personal: ['Dual-source critical components', 'Renegotiate top supplier contracts'],
    pool: [
      L('Critical components with a second source', 40, 90, '%'),
      L('Savings from renegotiated contracts', 0, 1200000, 'USD'),
      L('Purchase-order cycle time', 9, 3, 'days'),
    ],
  },
  legal: {
    teamGoals: [
      {
        title: 'Complete SOC 2 legal and policy controls',
        parent: 'F2',
        method: 'min',
        krs: [B('Security policies approved by the board')],
      },
    ],
    personal: ['Speed up contract review', 'Keep the company compliant'],
    pool: [
      L('Median days to first contract redline', 8, 3, 'days'),
      B('Data-processing agreements updated for all EU customers'),
      L('Staff who completed compliance training', 70, 100, '%'),
    ],
  },
  ta: {
    teamGoals: [
      {
        title: 'Hire 60 people, 40 of them engineers, in 35 days median',
        parents: [
          ['P1', 0.7],
          ['E1', 0.3],
        ],
        krs: [L('Median days to hire', 52, 35, 'days')],
      },
    ],
    personal: [
      'Fill my engineering requisitions',
      'Build diverse shortlists',
      'Improve candidate experience',
    ],
    pool: [
      L('Hires made', 0, 12, 'count'),
      L('Shortlists with at least two under-represented candidates', 45, 80, '%'),
      L('Candidate NPS', 30, 60, 'points'),
      L('Offer acceptance rate', 72, 88, '%'),
    ],
  },
  hrbp: {
    teamGoals: [
      {
        title: 'Run a fair, calibrated 2026 H2 review',
        parent: 'P2',
        krs: [L('Managers who completed calibration', 0, 100, '%')],
      },
    ],
    personal: ['Coach managers through the review cycle', 'Act on engagement survey results'],
    pool: [
      L('Managers coached', 0, 15, 'count'),
      L('Teams with an engagement action plan', 30, 100, '%'),
      L('Regretted attrition (annualised)', 9, 6, '%', 1),
    ],
  },
  peopleops: {
    teamGoals: [
      {
        title: 'Roll out the career framework and the new HRIS',
        parent: 'P3',
        krs: [B('New HRIS live for all employees')],
      },
    ],
    personal: [
      'Migrate employee records to the new HRIS',
      'Run the compensation review',
      'Improve benefits enrolment',
    ],
    pool: [
      L('Employee records migrated', 0, 100, '%'),
      B('Compensation review completed on time'),
      L('Benefits enrolment completion', 80, 98, '%'),
      L('HR tickets answered within 1 day', 60, 95, '%'),
    ],
  },
};

// Personal goals of ICs who report to a director or an executive rather than to a team.
const SOLO_GOALS = {
  'Chief of Staff': {
    title: 'Run a predictable company operating cadence',
    parent: 'C4',
    krs: [B('Quarterly business reviews held on schedule'), L('OKR check-in completion rate', 40, 95, '%')],
  },
  'Executive Assistant': {
    title: 'Keep the exec team focused on what matters',
    parent: 'C4',
    weight: 0.5,
    krs: [L('Board packs sent at least 7 days ahead', 50, 100, '%'), B('2027 planning offsite organised')],
  },
  'Staff Software Architect': {
    title: 'Define the fleet platform reference architecture',
    parent: 'E2',
    krs: [B('Reference architecture approved'), L('Architecture decision records published', 5, 25, 'count')],
  },
  'Senior Engineering Program Manager': {
    title: 'Make cross-team platform dependencies visible',
    parent: 'E3',
    krs: [
      B('Dependency map live for all platform teams'),
      L('Milestones delivered on the committed date', 55, 85, '%'),
    ],
  },
  'Staff Software Engineer': {
    title: 'Lead the console performance overhaul',
    parent: 'E1',
    krs: [L('Console p75 load time', 4.2, 1.5, 's', 1), B('Performance budget enforced in CI')],
  },
  'Staff Robotics Engineer': {
    title: 'De-risk the Atlas 2 gripper redesign',
    parent: 'E1',
    krs: [L('Gripper life-cycle test hours', 0, 5000, 'h'), B('Failure-mode analysis reviewed')],
  },
  'Release Manager': {
    title: 'Make Atlas 2 releases boring',
    parent: 'E1',
    krs: [L('Release rollbacks', 6, 0, 'count'), L('Releases shipped on the planned date', 60, 95, '%')],
  },
  'Staff Site Reliability Engineer': {
    title: 'Cut paging noise for on-call engineers',
    parent: 'E2',
    krs: [L('Non-actionable pages', 45, 10, '%'), B('Alert ownership assigned for every service')],
  },
  'Principal Engineer': {
    title: 'Set the Atlas 2 technical direction',
    parent: 'E1',
    krs: [B('Atlas 2 technical strategy published'), L('Design reviews led', 0, 12, 'count')],
  },
  'Senior Technical Program Manager': {
    title: 'Run the Atlas 2 release train',
    parent: 'E1',
    krs: [L('Atlas 2 milestones on track', 50, 100, '%'), B('Launch readiness review passed')],
  },
  'Deal Desk Manager': {
    title: 'Speed up non-standard deal approvals',
    parent: 'S1',
    krs: [
      L('Median approval time for non-standard deals', 72, 24, 'h'),
      L('Deals using standard terms', 60, 80, '%'),
    ],
  },
  'Sales Enablement Manager': {
    title: 'Ramp new account executives faster',
    parent: 'S2',
    krs: [
      L('Days to first closed deal for new hires', 150, 110, 'days'),
      B('Atlas 2 certification path launched'),
    ],
  },
  'Customer Education Lead': {
    title: 'Launch the Acme Academy certification',
    parent: 'CS1',
    krs: [B('Acme Academy live'), L('Customer operators certified', 0, 500, 'count')],
  },
  'Customer Success Operations Analyst': {
    title: 'Build a reliable customer health score',
    parent: 'CS1',
    krs: [L('Churned accounts flagged red 90 days ahead', 30, 80, '%'), B('Health score in the CRM')],
  },
  'Support Operations Analyst': {
    title: 'Deflect tickets with self-serve answers',
    parent: 'CS2',
    krs: [L('Tickets deflected by the help centre', 8, 25, '%'), B('In-product help widget live')],
  },
  'Senior Support Engineer': {
    title: 'Reduce escalations to engineering',
    parent: 'CS2',
    krs: [
      L('Escalations per week', 40, 15, 'count'),
      L('Runbooks written for recurring issues', 0, 20, 'count'),
    ],
  },
  'Customer Marketing Manager': {
    title: 'Turn happy customers into references',
    parent: 'CS3',
    krs: [L('Referenceable customers', 12, 30, 'count'), B('Customer advisory board launched')],
  },
  'Head of Communications': {
    title: 'Earn tier-one press coverage for Atlas 2',
    parent: 'M2',
    krs: [L('Tier-one articles', 0, 8, 'count'), L('Share of voice in warehouse robotics', 9, 15, '%')],
  },
  'Events Manager': {
    title: 'Make Pack Expo our best trade show yet',
    parent: 'M1',
    krs: [L('Booth meetings booked', 0, 250, 'count'), L('Pipeline sourced at events', 0, 4000000, 'USD')],
  },
  'Treasury Manager': {
    title: 'Extend cash runway through treasury management',
    parent: 'F1',
    krs: [
      L('Interest income on cash', 0, 1500000, 'USD'),
      R('Share of cash held at the main bank', 10, 40, 10, '%', 0),
    ],
  },
  'Learning & Development Lead': {
    title: 'Train every new manager',
    parent: 'P3',
    krs: [
      L('New managers through the programme', 0, 100, '%'),
      L('Programme satisfaction', 3.8, 4.5, 'points', 1),
    ],
  },
  'Diversity, Equity & Inclusion Program Manager': {
    title: 'Make hiring and promotion fair and measurable',
    parent: 'P2',
    krs: [
      B('Adverse-impact check added to calibration'),
      L('Employee resource groups with an executive sponsor', 1, 5, 'count'),
    ],
  },
};

// Value-weighted siblings: an account executive's deals weighted by their ARR.
const DEAL_GOALS = [
  {
    title: 'Close my strategic Q4 deals',
    deals: [
      ['Close Northwind Traders (3 sites)', 100000, true],
      ['Close Contoso Fulfilment expansion', 20000, false],
      ['Close Tailspin Parcel pilot', 1000, true],
    ],
  },
  {
    title: 'Close the "Big Four" enterprise opportunities',
    deals: [
      ['Close Fabrikam Cold Chain, 12 robots', 250000, false],
      ['Close Wingtip Grocers, 4 robots', 60000, true],
      ['Close Litware Apparel pilot', 15000, true],
      ['Close Proseware Pharma proof of concept', 5000, false],
    ],
  },
];

function buildGoals({ people, byId, byKey, teams }) {
  const r = stream(2);
  const goals = [];
  const byKeyGoal = {};
  const add = (g) => {
    g.id = `g-${pad(goals.length + 1, 4)}`;
    goals.push(g);
    return g;
  };
  const progressDraw = () => clamp(normal(r, 0.64, 0.3), -0.15, 1.2);
  // Team-level KRs are checked in every week; only personal ones are sometimes still waiting for a check-in.
  const metricFrom = (tpl, missingRate) => {
    if (tpl.kind === 'binary') {
      return { kind: 'binary', done: tpl.fixed ?? chance(r, 0.55) };
    }
    if (tpl.kind === 'range') {
      let current = tpl.fixed ?? null;
      if (tpl.fixed === undefined && !chance(r, missingRate)) {
        const span = tpl.max - tpl.min;
        if (chance(r, 0.7)) current = tpl.min + r() * span;
        else if (chance(r, 0.5)) current = tpl.max + r() * tpl.tolerance * 1.2;
        else current = tpl.min - r() * tpl.tolerance * 1.2;
        const lo = tpl.min >= 0 ? 0 : Number.NEGATIVE_INFINITY;
        const hi = tpl.unit === '%' && tpl.max <= 100 ? 100 : Number.POSITIVE_INFINITY;
        current = round(clamp(current, lo, hi), tpl.decimals);
      }
      return { kind: 'range', min: tpl.min, max: tpl.max, current, tolerance: tpl.tolerance };
    }
    let current = tpl.fixed ?? null;
    if (tpl.fixed === undefined && !chance(r, missingRate)) {
      // Money moves in thousands: nobody checks in $963,383 of pipeline.
      const decimals = tpl.unit === 'USD' && Math.abs(tpl.target - tpl.start) >= 100000 ? -3 : tpl.decimals;
      // Overshooting is fine, impossible values are not: no negative counts, no 104 % coverage.
      const lo = Math.min(tpl.start, tpl.target) >= 0 ? 0 : Number.NEGATIVE_INFINITY;
      const hi = tpl.unit === '%' && Math.max(tpl.start, tpl.target) <= 100 ? 100 : Number.POSITIVE_INFINITY;
      current = round(clamp(tpl.start + progressDraw() * (tpl.target - tpl.start), lo, hi), decimals);
    }
    const metric = { start: tpl.start, target: tpl.target, current };
    return chance(r, 0.25) ? { kind: 'linear', ...metric } : metric;
  };
  const addKr = (parent, tpl, ownerId, extra = {}, missingRate = 0.1) =>
    add({
      title: tpl.title,
      level: 'key-result',
      ownerId,
      parentId: parent.id,
      metric: metricFrom(tpl, missingRate),
      unit: tpl.unit,
      ...extra,
    });
  const link = (g, spec) => {
    if (spec.parents) g.parents = spec.parents.map(([key, weight]) => ({ id: byKeyGoal[key].id, weight }));
    else g.parentId = byKeyGoal[spec.parent].id;
  };

  for (const spec of COMPANY_GOALS) {
    const g = add({
      title: spec.title,
      level: 'company',
      ownerId: byKey[spec.owner].id,
      method: spec.method,
    });
    byKeyGoal[spec.key] = g;
    for (const kr of spec.krs ?? []) addKr(g, kr, g.ownerId);
  }
  for (const spec of DEPARTMENT_GOALS) {
    const g = add({
      title: spec.title,
      level: 'department',
      ownerId: byKey[spec.owner].id,
      method: spec.method,
      weight: spec.weight,
    });
    link(g, spec);
    byKeyGoal[spec.key] = g;
    for (const kr of spec.krs ?? []) addKr(g, kr, g.ownerId);
  }

  const personalKrs = (goal, pool, ownerId) => {
    const n = intBetween(r, 2, Math.min(4, pool.length));
    for (const tpl of shuffle(r, pool).slice(0, n)) {
      const w = weighted(r, [
        ['', 16],
        [0.5, 2],
        [0.25, 1],
      ]);
      addKr(goal, tpl, ownerId, w === '' ? {} : { weight: w });
    }
  };
  const growthGoal = (owner, parentId) => {
    const g = add({ title: 'Grow in my role', level: 'person', ownerId: owner.id, parentId, weight: 0.25 });
    personalKrs(g, GROWTH_KRS, owner.id);
  };

  let dealsLeft = DEAL_GOALS.slice();
  for (const t of teams) {
    let dealGoalInTeam = false;
    const area = AREAS[t.area];
    const teamGoals = area.teamGoals.map((spec) => {
      const g = add({
        title: spec.title.replace('{team}', t.team),
        level: 'team',
        ownerId: t.manager.id,
        method: spec.method,
        weight: spec.weight,
      });
      link(g, spec);
      for (const kr of spec.krs ?? []) addKr(g, kr, g.ownerId, {}, 0);
      return g;
    });
    const titles = shuffle(r, area.personal);
    let k = 0;
    for (const member of t.members) {
      const parent = teamGoals[teamGoals.length > 1 && chance(r, 0.3) ? 1 : 0];
      if (t.area === 'ent-sales' && !dealGoalInTeam && dealsLeft.length > 0) {
        const deal = dealsLeft[0];
        dealsLeft = dealsLeft.slice(1);
        dealGoalInTeam = true;
        const g = add({ title: deal.title, level: 'person', ownerId: member.id, parentId: parent.id });
        for (const [title, value, done] of deal.deals) addKr(g, B(title, done), member.id, { weight: value });
        continue;
      }
      if (!chance(r, 0.55)) continue;
      const g = add({
        title: titles[k++ % titles.length],
        level: 'person',
        ownerId: member.id,
        parentId: parent.id,
        method: t.area === 'accounting' && chance(r, 0.5) ? 'min' : undefined,
        weight: chance(r, 0.1) ? 0.5 : undefined,
      });
      personalKrs(g, area.pool, member.id);
      if (chance(r, 0.12)) growthGoal(member, parent.id);
    }
  }
  for (const p of people) {
    const spec = SOLO_GOALS[p.title];
    if (!spec || p.reports.length > 0 || byId.get(p.managerId).area) continue;
    const g = add({ title: spec.title, level: 'person', ownerId: p.id, weight: spec.weight });
    link(g, spec);
    for (const kr of spec.krs) addKr(g, kr, p.id);
  }
  return goals;
}

// An export is rarely in tree order: move rows around within a window so some children precede parents.
function exportOrder(goals) {
  const r = stream(3);
  const rows = goals.slice();
  for (let i = 0; i < rows.length; i++) {
    if (!chance(r, 0.12)) continue;
    const j = Math.min(rows.length - 1, i + intBetween(r, 1, 25));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------
// KPIs, one per line: key | name | owner | unit | format | direction | first month | last month | target (a..b
// ramps over the year) | min | max | month-to-month noise | decimals (negative rounds to thousands).
// Percent-format values are fractions (0.062 = 6.2 %), as Intl.NumberFormat's percent style expects.
const KPI_TABLE = `
arr | Annual recurring revenue | ceo | USD | currency | higher-is-better | 33500000 | 41200000 | 34000000..44500000 | 0 |  | 250000 | -3
net-new-arr | Net new ARR (monthly) | cro | USD | currency | higher-is-better | 520000 | 780000 | 900000 | 0 |  | 110000 | -3
pipeline-coverage | Pipeline coverage | cro | x | number | higher-is-better | 2.6 | 3.4 | 4 | 0 |  | 0.2 | 1
win-rate | Win rate | cro | % | percent | higher-is-better | 0.19 | 0.24 | 0.28 | 0 |  | 0.015 | 3
sales-cycle | Average sales cycle | cro | days | number | lower-is-better | 82 | 68 | 60 |  | 120 | 4 | 0
gross-churn | Gross revenue churn (annualised) | vp-cs | % | percent | lower-is-better | 0.081 | 0.06 | 0.04 |  | 0.12 | 0.004 | 3
nrr | Net revenue retention | vp-cs | % | percent | higher-is-better | 1.04 | 1.095 | 1.15 | 0.9 |  | 0.008 | 3
nps | Net Promoter Score | vp-cs | points | number | higher-is-better | 41 | 47 | 55 | -100 | 100 | 2.5 | 0
csat | Support CSAT | head-support | % | percent | higher-is-better | 0.86 | 0.91 | 0.95 | 0.5 |  | 0.012 | 3
first-response | Support first response time (median) | head-support | h | number | lower-is-better | 22 | 8.5 | 4 |  | 24 | 1.5 | 1
ticket-backlog | Open support tickets | head-support | count | number | lower-is-better | 640 | 410 | 300 |  | 800 | 30 | 0
sqls | Sales-qualified leads (monthly) | cmo | count | number | higher-is-better | 290 | 370 | 400 | 0 |  | 22 | 0
cost-per-sql | Cost per sales-qualified lead | demand | USD | currency | lower-is-better | 640 | 505 | 450 |  | 900 | 25 | 0
web-conversion | Website visit-to-lead conversion | demand | % | percent | higher-is-better | 0.012 | 0.019 | 0.025 | 0 |  | 0.0015 | 4
gross-margin | Gross margin | cfo | % | percent | higher-is-better | 0.612 | 0.654 | 0.68 | 0.5 |  | 0.006 | 3
budget-variance | Budget variance | fpa | % | percent | target-range | 0.071 | 0.032 | 0 | -0.05 | 0.05 | 0.012 | 3
days-to-close | Days to close the books | controller | days | number | lower-is-better | 11 | 6 | 5 |  | 15 | 0.8 | 0
cash-burn | Net cash burn (monthly) | cfo | USD | currency | lower-is-better | 2100000 | 1650000 | 1500000 |  | 3000000 | 90000 | -3
runway | Cash runway | cfo | months | number | higher-is-better | 26 | 29 | 24 | 12 |  | 0.6 | 0
dso | Days sales outstanding | controller | days | number | lower-is-better | 58 | 49 | 45 |  | 90 | 2.5 | 0
engagement | Employee engagement | cpo | points | number | higher-is-better | 72 | 76 | 80 | 0 | 100 | 1 | 0
time-to-hire | Time to hire (median) | ta | days | number | lower-is-better | 52 | 39 | 35 |  | 90 | 3 | 0
offer-acceptance | Offer acceptance rate | ta | % | percent | higher-is-better | 0.74 | 0.83 | 0.88 | 0.5 |  | 0.03 | 2
regretted-attrition | Regretted attrition (annualised) | hrbp | % | percent | lower-is-better | 0.092 | 0.071 | 0.06 |  | 0.15 | 0.006 | 3
headcount-plan | Headcount vs. plan | cpo | % | percent | target-range | 0.93 | 0.985 | 1 | 0.98 | 1.02 | 0.008 | 3
deploy-frequency | Deployments per week | vp-eng | count | number | higher-is-better | 14 | 31 | 40 | 0 |  | 3 | 0
change-failure | Change failure rate | sre-mgr | % | percent | lower-is-better | 0.18 | 0.11 | 0.1 |  | 0.3 | 0.012 | 3
mttr | Mean time to recovery | sre-mgr | h | number | lower-is-better | 5.8 | 2.1 | 1 |  | 8 | 0.4 | 1
uptime | Fleet control-plane uptime | sre-mgr | % | percent | higher-is-better | 0.9981 | 0.9993 | 0.9995 | 0.995 |  | 0.0002 | 4
p1-bugs | Open P1 bugs | vp-eng | count | number | lower-is-better | 46 | 19 | 10 |  | 60 | 3 | 0
cloud-cost-robot | Cloud cost per robot per month | sre-mgr | USD | currency | target-range | 68 | 57.5 |  | 40 | 55 | 1.8 | 1
picks-per-hour | Robot picks per hour (median) | dir-robotics | count | number | higher-is-better | 598 | 702 | 750 | 400 |  | 9 | 0
`;

const num = (text) => (text === '' ? null : Number(text));
const KPI_SPECS = KPI_TABLE.trim()
  .split('\n')
  .map((line) => {
    const c = line.split('|').map((cell) => cell.trim());
    const target = c[8].includes('..') ? c[8].split('..').map(Number) : num(c[8]);
    return {
      key: c[0],
      name: c[1],
      owner: c[2],
      unit: c[3],
      format: c[4],
      direction: c[5],
      first: num(c[6]),
      last: num(c[7]),
      target,
      min: num(c[9]),
      max: num(c[10]),
      sd: num(c[11]),
      decimals: num(c[12]),
    };
  });

const PERIODS = ['2025-12', ...Array.from({ length: 11 }, (_, i) => `2026-${pad(i + 1, 2)}`)];

function buildKpis(byKey) {
  const r = stream(4);
  const kpis = [];
  const history = [];
  KPI_SPECS.forEach((spec, i) => {
    const { name, unit, format, direction, first, last, target, min, max, sd, decimals } = spec;
    const owner = byKey[spec.owner];
    const series = PERIODS.map((period, m) => {
      const t = m / (PERIODS.length - 1);
      // An eased trend with noise; the last month is pinned so kpis.csv reads as the spec says.
      const trend = first + (last - first) * (t * (2 - t) * 0.5 + t * 0.5);
      const actual =
        m === PERIODS.length - 1 ? last : round(normal(r, trend, m === 0 ? 0 : sd * 0.6), decimals);
      const tgt = Array.isArray(target) ? round(target[0] + (target[1] - target[0]) * t, decimals) : target;
      return { kpiId: '', period, actual, target: tgt };
    });
    const id = `k-${pad(i + 1, 3)}`;
    for (const row of series) history.push({ ...row, kpiId: id });
    const latest = series[series.length - 1];
    kpis.push({
      id,
      name,
      ownerId: owner.id,
      department: owner.department,
      unit,
      format,
      direction,
      actual: latest.actual,
      target: latest.target,
      min,
      max,
      previous: series[series.length - 2].actual,
      period: latest.period,
    });
  });
  return { kpis, history };
}

// ---------------------------------------------------------------------------------------------------------
// Ratings: one manager rating per person on 1–5 in 0.5 steps. A latent "true" performance drives ratings,
// talent and 360 answers, so the three stay plausible together.

const LENIENT_SCORES = [5, 5, 4.5, 4.5, 4.5, 4.5, 4, 4]; // mean 4.5
const HARSH_SCORES = [3, 2.5, 2.5, 2, 2, 2, 1.5]; // mean 2.21

function buildRatings({ people, byKey }) {
  const r = stream(5);
  // Latent performance, centred per team: teams are alike, so a manager's mean shows the manager, not the team.
  const raw = new Map(people.map((p) => [p.id, normal(r, 0, 0.62)]));
  const truth = new Map(people.map((p) => [p.id, clamp(3.3 + raw.get(p.id), 1.2, 4.9)]));
  for (const m of people) {
    if (m.reports.length === 0) continue;
    const mean = m.reports.reduce((s, p) => s + raw.get(p.id), 0) / m.reports.length;
    const offset = normal(r, 0, 0.08);
    for (const p of m.reports) truth.set(p.id, clamp(3.3 + offset + raw.get(p.id) - mean, 1.2, 4.9));
  }
  const ratings = [];
  const scoreOf = new Map();
  const toHalf = (x) => clamp(Math.round(x * 2) / 2, 1, 5);
  for (const m of people) {
    if (m.reports.length === 0) continue;
    const reports = m.reports.slice();
    if (m === byKey.lenient || m === byKey.harsh) {
      const fixed = m === byKey.lenient ? LENIENT_SCORES : HARSH_SCORES;
      if (fixed.length !== reports.length) throw new Error(`${m.id} needs exactly ${fixed.length} reports`);
      // Biased, but still in the order of true performance.
      const ranked = reports.slice().sort((a, b) => truth.get(b.id) - truth.get(a.id));
      ranked.forEach((p, i) => {
        scoreOf.set(p.id, fixed[i]);
      });
      continue;
    }
    // A fair manager is one whose team mean lands near the company's; redraw the rare unlucky team.
    const bias = normal(r, 0, 0.1);
    for (let attempt = 0; attempt < 50; attempt++) {
      const scores = reports.map((p) => toHalf(truth.get(p.id) + bias + normal(r, 0, 0.35)));
      const mean = scores.reduce((s, x) => s + x, 0) / scores.length;
      reports.forEach((p, i) => {
        scoreOf.set(p.id, scores[i]);
      });
      if (mean >= 2.9 && mean <= 3.8) break;
    }
  }
  for (const p of people) {
    if (!p.managerId) continue;
    ratings.push({
      id: `r-${pad(ratings.length + 1, 3)}`,
      raterId: p.managerId,
      subjectId: p.id,
      score: scoreOf.get(p.id),
      scale: '1-5',
    });
  }
  return { ratings, truth };
}

// ---------------------------------------------------------------------------------------------------------
// Talent review: every manager (but the CEO) and a sample of ICs.

function buildTalent({ people }, truth) {
  const r = stream(6);
  const managers = people.filter((p) => p.reports.length > 0 && p.managerId);
  const ics = shuffle(
    r,
    people.filter((p) => p.reports.length === 0),
  ).slice(0, 120 - managers.length);
  const chosen = [...managers, ...ics].sort((a, b) => (a.id < b.id ? -1 : 1));
  const rows = chosen.map((p) => {
    const perf = clamp(0.52 + (truth.get(p.id) - 3.3) * 0.34 + normal(r, 0, 0.07), 0, 1);
    const pot = clamp(0.5 + (perf - 0.5) * 0.45 + normal(r, 0, 0.2), 0, 1);
    // Nobody scores a flat 0 or 1 in a talent review; keep the extremes a little inside.
    const edge = (x) => round(clamp(x, 0.03, 0.97), 3);
    return {
      id: p.id,
      name: p.name,
      department: p.department,
      performance: edge(perf),
      potential: edge(pot),
    };
  });
  // Values exactly on the cuts a user might pass ([0.4, 0.7]) and exactly in the middle.
  const exact = [
    [3, 0.4, null],
    [11, 0.7, null],
    [19, null, 0.4],
    [27, null, 0.7],
    [35, 0.7, 0.7],
    [43, 0.4, 0.4],
    [51, 0.5, 0.5],
    [59, 0.5, null],
    [67, null, 0.5],
  ];
  for (const [i, perf, pot] of exact) {
    if (perf !== null) rows[i].performance = perf;
    if (pot !== null) rows[i].potential = pot;
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------
// 360 feedback.

const TEMPLATE = {
  id: 'h2-360',
  title: '2026 H2 360 feedback',
  allowAnonymous: true,
  anonymityThreshold: 3,
  questions: [
    {
      id: 'impact',
      kind: 'rating',
      prompt: 'Delivers high-quality work that moves team goals forward.',
      required: true,
      scale: scale5(),
    },
    {
      id: 'collaboration',
      kind: 'rating',
      prompt: 'Collaborates well across teams and makes others more effective.',
      required: true,
      scale: scale5(),
    },
    {
      id: 'communication',
      kind: 'rating',
      prompt: 'Communicates clearly, shares context early and listens.',
      required: true,
      scale: scale5(),
    },
    {
      id: 'ownership',
      kind: 'rating',
      prompt: 'Takes ownership of problems and follows through.',
      required: false,
      scale: scale5(),
    },
    {
      id: 'focus',
      kind: 'choice',
      prompt: 'What is your main suggestion for the next half?',
      required: false,
      options: ['Keep doing', 'Start doing', 'Stop doing'],
    },
    {
      id: 'comments',
      kind: 'text',
      prompt: 'What should this person keep doing, start doing or stop doing? Be specific.',
      required: false,
    },
  ],
};

function scale5() {
  return { min: 1, max: 5, step: 1, labels: ['Rarely', 'Sometimes', 'Often', 'Usually', 'Consistently'] };
}

const COMMENTS = {
  'Keep doing': [
    'Always brings clear, well-prepared updates to our weekly syncs.',
    'Unblocks people quickly and never makes it feel like a favour.',
    'Stays calm when things break and keeps everyone focused on the fix.',
    'Great at explaining trade-offs to people outside the team.',
    'Follows through on every commitment: if they say Friday, it is Friday.',
    'Made my onboarding onto Atlas 2 far easier than it had any right to be.',
    'Thoughtful reviews that actually teach something.',
    'Keep the "no surprises" status updates; the whole team relies on them.',
    'Generous with credit, and it shows in how the team works together.',
  ],
  'Start doing': [
    'Share work earlier, even when it is rough; we often see it too late to help.',
    'Write down decisions after meetings so the rest of us can follow.',
    'Delegate more. A few things wait on you that others could take.',
    'Push back on scope when the deadline is unrealistic.',
    'Speak up more in planning, your instincts are usually right.',
    'Set clearer priorities at the start of each sprint.',
    'Two things:\n1. Keep the weekly demo.\n2. Start pairing with the newer folks, they would learn a lot.',
  ],
  'Stop doing': [
    'Stop reopening decisions after the team has agreed on them.',
    'Stop taking on every request yourself; it hides how overloaded you are.',
    'Stop skipping the retro, we miss your perspective.',
    'Stop multitasking in meetings; it makes people feel unheard.',
  ],
};

const SELF_COMMENTS = {
  'Keep doing': [
    'I kept my part of the Atlas 2 work on track while mentoring two new joiners.',
    'I am proud of how I handled the customer escalations in October.',
    'I built good relationships with the teams we depend on.',
  ],
  'Start doing': [
    'I want to get better at saying no and protecting focus time.',
    'I need to share progress earlier instead of polishing first.',
    'I would like to take on a cross-team project next half.',
  ],
  'Stop doing': [
    'I should stop jumping into every incident and trust the on-call rotation.',
    'I should stop over-committing at the start of the quarter.',
  ],
};

const MANAGER_COMMENTS = {
  'Keep doing': [
    '{first} owned their area end to end this half and raised the bar for the team.',
    '{first} is a steady, dependable presence; the team leans on them in a crisis.',
    '{first} is ready for more scope. The next step is leading a cross-team project.',
  ],
  'Start doing': [
    '{first} needs to flag risks earlier; two deadlines slipped without warning.',
    '{first} should invest more in documentation so others can pick up their work.',
    'I would like {first} to take a more visible role in planning, "quietly excellent" is not enough at the next level.',
  ],
  'Stop doing': ['{first} should stop solving everything alone and ask for help sooner.'],
};

function buildFeedback({ people, byId }, truth) {
  const r = stream(7);
  const managers = people.filter((p) => p.reports.length > 0 && p.managerId);
  const ics = people.filter((p) => p.reports.length === 0);
  const subjects = [...shuffle(r, managers).slice(0, 14), ...shuffle(r, ics).slice(0, 26)].sort((a, b) =>
    a.id < b.id ? -1 : 1,
  );
  // Peer counts cycle through a list that includes 0, 1 and 2 so the anonymity threshold withholds some groups.
  const PEER_COUNTS = [4, 5, 1, 3, 6, 2, 4, 0, 5, 3, 2, 4, 6, 1, 3, 5];
  const DR_COUNTS = [4, 2, 5, 6, 3, 2, 4];
  const noSelf = new Set([4, 13, 22, 31, 38]);
  const withOther = new Set([2, 9, 17, 25, 33, 36]);
  const responses = [];
  const day0 = Date.UTC(2026, 10, 16, 0, 0, 0);
  const stamp = (minDay, maxDay) => {
    const t = day0 + intBetween(r, minDay, maxDay) * 86400000 + intBetween(r, 8 * 3600, 19 * 3600) * 1000;
    return new Date(t).toISOString().replace('.000Z', 'Z');
  };
  const choiceFor = (mean) => {
    if (mean >= 4)
      return weighted(r, [
        ['Keep doing', 75],
        ['Start doing', 15],
        ['Stop doing', 10],
      ]);
    if (mean < 3)
      return weighted(r, [
        ['Keep doing', 15],
        ['Start doing', 55],
        ['Stop doing', 30],
      ]);
    return weighted(r, [
      ['Keep doing', 35],
      ['Start doing', 45],
      ['Stop doing', 20],
    ]);
  };
  const respond = (subject, rater, relationship) => {
    const bias = {
      self: 0.35,
      manager: 0,
      peer: normal(r, 0, 0.3),
      'direct-report': 0.15,
      other: normal(r, 0, 0.3),
    }[relationship];
    const level = truth.get(subject.id) + bias;
    const answers = {};
    const offsets = { impact: 0.1, collaboration: 0, communication: -0.15, ownership: 0.05 };
    for (const [q, off] of Object.entries(offsets)) {
      answers[q] = clamp(Math.round(level + off + normal(r, 0, 0.55)), 1, 5);
    }
    if (chance(r, 0.12)) answers.ownership = null;
    const mean = (answers.impact + answers.collaboration + answers.communication) / 3;
    const choice = chance(r, 0.1) ? null : choiceFor(mean);
    answers.focus = choice;
    let comment = null;
    if (choice !== null && !chance(r, relationship === 'self' ? 0.1 : 0.35)) {
      const first = subject.name.split(' ')[0];
      if (relationship === 'self') comment = pick(r, SELF_COMMENTS[choice]);
      else if (relationship === 'manager')
        comment = pick(r, MANAGER_COMMENTS[choice]).replace('{first}', first);
      else comment = pick(r, COMMENTS[choice]);
    }
    answers.comments = comment;
    const anonymous =
      relationship === 'peer'
        ? chance(r, 0.85)
        : relationship === 'direct-report'
          ? chance(r, 0.9)
          : relationship === 'other'
            ? chance(r, 0.5)
            : false;
    const submittedAt = relationship === 'self' ? stamp(0, 9) : stamp(1, 18);
    responses.push({
      id: '',
      subjectId: subject.id,
      raterId: rater.id,
      relationship,
      anonymous,
      submittedAt,
      answers,
    });
  };
  subjects.forEach((s, i) => {
    if (!noSelf.has(i)) respond(s, s, 'self');
    respond(s, byId.get(s.managerId), 'manager');
    const siblings = byId.get(s.managerId).reports.filter((q) => q !== s);
    const sameDept = people.filter(
      (q) => q.department === s.department && q !== s && q.managerId !== s.managerId && q.managerId,
    );
    const peerPool = [...shuffle(r, siblings), ...shuffle(r, sameDept)];
    const peers = peerPool
      .filter((q) => q.id !== s.managerId && !s.reports.includes(q))
      .slice(0, PEER_COUNTS[i % PEER_COUNTS.length]);
    for (const q of peers) respond(s, q, 'peer');
    if (s.reports.length > 0) {
      const n = Math.min(s.reports.length, DR_COUNTS[i % DR_COUNTS.length]);
      for (const q of shuffle(r, s.reports).slice(0, n)) respond(s, q, 'direct-report');
    }
    if (withOther.has(i)) {
      const outsiders = people.filter((q) => q.department !== s.department && q.managerId);
      for (const q of shuffle(r, outsiders).slice(0, intBetween(r, 1, 3))) respond(s, q, 'other');
    }
  });
  responses.sort((a, b) =>
    a.submittedAt !== b.submittedAt
      ? a.submittedAt < b.submittedAt
        ? -1
        : 1
      : a.subjectId < b.subjectId
        ? -1
        : 1,
  );
  responses.forEach((resp, i) => {
    resp.id = `fr-${pad(i + 1, 4)}`;
  });
  return { responses: responses.map(({ id, ...rest }) => ({ id, ...rest })), subjects };
}

// ---------------------------------------------------------------------------------------------------------
// Output.

function csvField(value) {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function toCsv(columns, rows) {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return lines.join('\n') + '\n';
}

// One record per line: readable diffs, modest size.
function jsonLines(value, indent = '') {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${indent}  ${JSON.stringify(v)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).map(([k, v]) => {
    const body =
      Array.isArray(v) && v.length > 0 && typeof v[0] === 'object'
        ? jsonLines(v, `${indent}  `)
        : JSON.stringify(v);
    return `${indent}  ${JSON.stringify(k)}: ${body}`;
  });
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

const compact = (obj) =>
  Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== null && v !== ''));

function goalRow(g) {
  const m = g.metric ?? {};
  return {
    id: g.id,
    title: g.title,
    level: g.level,
    ownerId: g.ownerId,
    parentId: g.parentId,
    parents: g.parents?.map((p) => `${p.id}:${p.weight}`).join('|'),
    weight: g.weight,
    method: g.method,
    kind: m.kind,
    start: m.start,
    target: m.target,
    current: m.current,
    min: m.min,
    max: m.max,
    tolerance: m.tolerance,
    done: m.done,
    unit: g.unit,
  };
}

function goalObject(g) {
  return compact({
    id: g.id,
    title: g.title,
    level: g.level,
    ownerId: g.ownerId,
    cycleId: CYCLE.id,
    parentId: g.parentId,
    parents: g.parents,
    weight: g.weight,
    method: g.method,
    metric: g.metric ? compact(g.metric) : undefined,
    unit: g.unit,
  });
}

function main() {
  const org = buildPeople();
  const goals = buildGoals(org);
  const goalsExport = exportOrder(goals);
  const { kpis, history } = buildKpis(org.byKey);
  const { ratings, truth } = buildRatings(org);
  const talent = buildTalent(org, truth);
  const { responses } = buildFeedback(org, truth);

  const peopleRows = org.people.map(({ id, name, title, department, managerId, email, location }) => ({
    id,
    name,
    title,
    department,
    managerId,
    email,
    location,
  }));

  mkdirSync(OUT, { recursive: true });
  const write = (name, text) => writeFileSync(join(OUT, name), text);
  write(
    'people.csv',
    toCsv(['id', 'name', 'title', 'department', 'managerId', 'email', 'location'], peopleRows),
  );
  write(
    'goals.csv',
    toCsv(
      [
        'id',
        'title',
        'level',
        'ownerId',
        'parentId',
        'parents',
        'weight',
        'method',
        'kind',
        'start',
        'target',
        'current',
        'min',
        'max',
        'tolerance',
        'done',
        'unit',
      ],
      goalsExport.map(goalRow),
    ),
  );
  const kpiColumns = [
    'id',
    'name',
    'ownerId',
    'department',
    'unit',
    'format',
    'direction',
    'actual',
    'target',
    'min',
    'max',
    'previous',
    'period',
  ];
  write('kpis.csv', toCsv(kpiColumns, kpis));
  write('kpi-history.csv', toCsv(['kpiId', 'period', 'actual', 'target'], history));
  write('ratings.csv', toCsv(['id', 'raterId', 'subjectId', 'score', 'scale'], ratings));
  write('talent.csv', toCsv(['id', 'name', 'department', 'performance', 'potential'], talent));
  write('feedback-template.json', JSON.stringify(TEMPLATE, null, 2) + '\n');
  write('feedback-responses.json', jsonLines(responses) + '\n');
  const longRows = [];
  for (const resp of responses) {
    for (const q of TEMPLATE.questions) {
      longRows.push({
        responseId: resp.id,
        subjectId: resp.subjectId,
        raterId: resp.raterId,
        relationship: resp.relationship,
        anonymous: resp.anonymous,
        submittedAt: resp.submittedAt,
        questionId: q.id,
        answer: resp.answers[q.id],
      });
    }
  }
  write(
    'feedback-responses.csv',
    toCsv(
      [
        'responseId',
        'subjectId',
        'raterId',
        'relationship',
        'anonymous',
        'submittedAt',
        'questionId',
        'answer',
      ],
      longRows,
    ),
  );
  const seed = {
    organisation: ORGANISATION,
    cycles: [CYCLE],
    people: peopleRows.map(compact),
    goals: goals.map(goalObject),
    kpis: kpis.map(compact),
    kpiHistory: history.map(compact),
    ratings: ratings.map((x) => ({ ...x, cycleId: CYCLE.id })),
    talent: talent.map((t) => ({
      personId: t.id,
      cycleId: CYCLE.id,
      performance: t.performance,
      potential: t.potential,
    })),
    templates: [TEMPLATE],
    responses,
  };
  write('sample-org.json', jsonLines(seed) + '\n');

  const krs = goals.filter((g) => g.level === 'key-result').length;
  console.log(
    `wrote ${OUT}: ${org.people.length} people, ${goals.length} goals (${krs} key results), ${kpis.length} KPIs, ` +
      `${ratings.length} ratings, ${talent.length} talent rows, ${responses.length} feedback responses; ` +
      `lenient manager ${org.byKey.lenient.id}, harsh manager ${org.byKey.harsh.id}`,
  );
}

main();
