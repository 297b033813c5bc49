/**
 * The demo root-cause taxonomy: which department originates which defect, how often, and how each
 * behaves (how long it takes to fix, how long the calls are, how often it comes back). The
 * numbers are chosen so that the dashboard tells the stories of DESIGN.md: a few causes make most
 * tickets, upstream departments create most of the contact center's work, and call time says
 * little about what hurts customers.
 *
 * Cause ids are fixed (1..44) so tests and the planted stories can name them.
 */

export const DEPARTMENT = {
  manufacturing: 1,
  engineering: 2,
  orderEntry: 3,
  warehouse: 4,
  installation: 5,
  vendor: 6,
  customerService: 7,
  unknown: 8,
} as const;
export type DepartmentId = (typeof DEPARTMENT)[keyof typeof DEPARTMENT];

/** Severity weights in the order low, medium, high, critical. */
export type SeverityWeights = readonly [number, number, number, number];

/** How the tickets of one cause behave; departments give defaults, causes override. */
export interface CauseBehaviour {
  resolutionMedianHours: number;
  /** Sigma of the log of the resolution time. */
  resolutionSigma: number;
  /** Median handle seconds of one phone contact. */
  handleMedianSeconds: number;
  /** Mean number of contacts beyond the first. */
  extraContacts: number;
  /** Chance that a fixed problem comes back to the same customer some days later. */
  repeatChance: number;
  /** The repeat ticket opens this many days after the fix, plus an exponential wait. */
  repeatMinDays: number;
  repeatMeanExtraDays: number;
  /** Chance that the fix costs money (replacement, re-ship, credit, field visit). */
  costChance: number;
  costMedianCents: number;
  severity: SeverityWeights;
  /** Share of tickets opened by a field technician rather than by the customer. */
  fieldShare: number;
  /** Chance that the ticket names a product, and an order. */
  productChance: number;
  orderChance: number;
  /** Product families the cause occurs with; empty means any product. */
  families: readonly string[];
}

export interface CauseDefinition {
  id: number;
  departmentId: DepartmentId;
  name: string;
  description: string;
  /** Relative baseline rate; the weights over all causes are Pareto-shaped. */
  weight: number;
  behaviour: CauseBehaviour;
}

const DEPARTMENT_BEHAVIOUR: Record<DepartmentId, CauseBehaviour> = {
  [DEPARTMENT.manufacturing]: {
    resolutionMedianHours: 130,
    resolutionSigma: 0.8,
    handleMedianSeconds: 520,
    extraContacts: 1.0,
    repeatMinDays: 1,
    repeatMeanExtraDays: 10,
    repeatChance: 0.05,
    costChance: 0.6,
    costMedianCents: 18_000,
    severity: [0.15, 0.45, 0.3, 0.1],
    fieldShare: 0.05,
    productChance: 0.97,
    orderChance: 0.7,
    families: [],
  },
  [DEPARTMENT.engineering]: {
    resolutionMedianHours: 220,
    resolutionSigma: 0.8,
    handleMedianSeconds: 640,
    extraContacts: 1.3,
    repeatMinDays: 1,
    repeatMeanExtraDays: 10,
    repeatChance: 0.05,
    costChance: 0.4,
    costMedianCents: 25_000,
    severity: [0.15, 0.45, 0.3, 0.1],
    fieldShare: 0.05,
    productChance: 0.95,
    orderChance: 0.6,
    families: [],
  },
  [DEPARTMENT.orderEntry]: {
    resolutionMedianHours: 40,
    resolutionSigma: 0.7,
    handleMedianSeconds: 430,
    extraContacts: 0.6,
    repeatMinDays: 1,
    repeatMeanExtraDays: 10,
    repeatChance: 0.03,
    costChance: 0.5,
    costMedianCents: 6_000,
    severity: [0.3, 0.5, 0.15, 0.05],
    fieldShare: 0.01,
    productChance: 0.92,
    orderChance: 0.97,
    families: [],
  },
  [DEPARTMENT.warehouse]: {
    resolutionMedianHours: 34,
    resolutionSigma: 0.6,
    handleMedianSeconds: 380,
    extraContacts: 0.5,
    repeatMinDays: 1,
    repeatMeanExtraDays: 10,
    repeatChance: 0.03,
    costChance: 0.7,
    costMedianCents: 3_500,
    severity: [0.35, 0.5, 0.12, 0.03],
    fieldShare: 0.01,
    productChance: 0.95,
    orderChance: 0.95,
    families: [],
  },
  [DEPARTMENT.installation]: {
    resolutionMedianHours: 190,
    resolutionSigma: 0.5,
    handleMedianSeconds: 600,
    extraContacts: 1.4,
    repeatMinDays: 1,
    repeatMeanExtraDays: 10,
    repeatChance: 0.06,
    costChance: 0.85,
    costMedianCents: 45_000,
    severity: [0.1, 0.4, 0.35, 0.15],
    fieldShare: 0.35,
    productChance: 0.9,
    orderChance: 0.8,
    families: [],
  },
  [DEPARTMENT.vendor]: {
    resolutionMedianHours: 180,
    resolutionSigma: 0.6,
    handleMedianSeconds: 470,
    extraContacts: 0.9,
    repeatMinDays: 1,
    repeatMeanExtraDays: 10,
    repeatChance: 0.04,
    costChance: 0.5,
    costMedianCents: 9_000,
    severity: [0.25, 0.5, 0.2, 0.05],
    fieldShare: 0.02,
    productChance: 0.85,
    orderChance: 0.9,
    families: [],
  },
  [DEPARTMENT.customerService]: {
    resolutionMedianHours: 5,
    resolutionSigma: 1.0,
    handleMedianSeconds: 340,
    extraContacts: 0.4,
    repeatMinDays: 1,
    repeatMeanExtraDays: 10,
    repeatChance: 0.04,
    costChance: 0.15,
    costMedianCents: 2_500,
    severity: [0.4, 0.45, 0.12, 0.03],
    fieldShare: 0,
    productChance: 0.4,
    orderChance: 0.6,
    families: [],
  },
  [DEPARTMENT.unknown]: {
    resolutionMedianHours: 70,
    resolutionSigma: 1.0,
    handleMedianSeconds: 480,
    extraContacts: 0.8,
    repeatMinDays: 1,
    repeatMeanExtraDays: 10,
    repeatChance: 0.04,
    costChance: 0.2,
    costMedianCents: 5_000,
    severity: [0.3, 0.5, 0.15, 0.05],
    fieldShare: 0.03,
    productChance: 0.8,
    orderChance: 0.5,
    families: [],
  },
};

type CauseRow = [
  id: number,
  departmentId: DepartmentId,
  name: string,
  weight: number,
  description: string,
  overrides?: Partial<CauseBehaviour>,
];

const M = DEPARTMENT.manufacturing;
const E = DEPARTMENT.engineering;
const O = DEPARTMENT.orderEntry;
const W = DEPARTMENT.warehouse;
const I = DEPARTMENT.installation;
const V = DEPARTMENT.vendor;
const C = DEPARTMENT.customerService;
const U = DEPARTMENT.unknown;

const CAUSE_ROWS: readonly CauseRow[] = [
  [
    1,
    M,
    'Dimensional out of tolerance',
    7,
    'Machined or molded dimensions outside the drawing tolerance.',
  ],
  [
    2,
    M,
    'Seal degrades after weeks in service',
    7,
    'Elastomer seals harden or swell after some weeks in service and start to leak.',
    {
      // The call-time trap: quick "it leaks again" calls, slow real fix, and it keeps coming back.
      handleMedianSeconds: 150,
      resolutionMedianHours: 400,
      resolutionSigma: 0.35,
      extraContacts: 1.1,
      repeatMinDays: 1,
      repeatMeanExtraDays: 10,
      repeatChance: 0.55,
      families: ['Pumps', 'Valves', 'Seals & gaskets'],
    },
  ],
  [
    3,
    M,
    'Weld or joint failure',
    0.8,
    'Cracked welds, brazed or bonded joints that fail in use.',
    { families: ['Enclosures', 'Heat exchangers', 'Pumps'] },
  ],
  [
    4,
    M,
    'Coating defect or corrosion',
    1.6,
    'Paint, plating or coating missing, blistered or corroding early.',
  ],
  [
    5,
    M,
    'Assembly missing component',
    2.6,
    'A unit left the line without one of its parts (screw, gasket, board).',
  ],
  [
    6,
    M,
    'Sensor calibration out of spec',
    1.0,
    'Calibration at end of line outside the specified accuracy.',
    { families: ['Sensors', 'Controllers'] },
  ],
  [7, E, 'Drawing revision mismatch', 1.5, 'The part was made to an outdated drawing revision.'],
  [
    8,
    E,
    'Datasheet specification incorrect',
    1.0,
    'Published ratings or dimensions do not match the product.',
  ],
  [
    9,
    E,
    'Interface incompatible with mating part',
    2.2,
    'Connections, threads or mounting do not fit the equipment they are sold for.',
  ],
  [
    10,
    E,
    'Firmware defect',
    1.8,
    'Controller or sensor firmware misbehaves (freezes, wrong readings, lost settings).',
    { families: ['Controllers', 'Sensors', 'Actuators', 'Motors'] },
  ],
  [
    11,
    E,
    'Installation instructions incorrect',
    0.6,
    'The manual or quick-start guide gives wrong steps or values.',
  ],
  [
    12,
    O,
    'Transposed part number',
    9,
    'Two digits of the part number swapped when the order was keyed in.',
  ],
  [
    13,
    O,
    'Wrong quantity entered',
    3.2,
    'The order quantity differs from what the customer asked for.',
  ],
  [
    14,
    O,
    'Price differs from quote',
    2.6,
    'Invoice price or discount does not match the quotation.',
    { costChance: 0.7, costMedianCents: 4_000 },
  ],
  [
    15,
    O,
    'Wrong ship-to address',
    1.4,
    'The order was entered with an old or wrong delivery address.',
  ],
  [
    16,
    O,
    'Option omitted from configuration',
    1.2,
    'A configured option (voltage, seal material, mounting kit) was left off the order.',
  ],
  [17, O, 'Duplicate order entered', 0.5, 'The same order was entered twice and shipped twice.'],
  [
    18,
    W,
    'Wrong item picked',
    18,
    'A neighbouring bin or similar SKU was picked instead of the ordered item.',
  ],
  [19, W, 'Items missing from shipment', 9, 'Fewer items arrived than were ordered and invoiced.'],
  [20, W, 'Inadequate packing', 2.8, 'Items damaged because the packing did not protect them.'],
  [
    21,
    W,
    'Label applied to wrong order',
    0.9,
    'Shipping labels swapped between two orders at packing.',
  ],
  [
    22,
    W,
    'Shipped late from warehouse',
    2.2,
    'The order left the warehouse after the promised dispatch date.',
    { costChance: 0.2 },
  ],
  [
    23,
    W,
    'Paperwork missing from box',
    0.5,
    'Packing list, certificate or manual missing from the shipment.',
    { costChance: 0.05 },
  ],
  [
    24,
    I,
    'Fittings not torqued to spec',
    2.2,
    'Fittings or bolts tightened below or above the specified torque on site.',
  ],
  [
    25,
    I,
    'Wiring error at installation',
    2.6,
    'Field wiring connected to the wrong terminals or left loose.',
    { families: ['Controllers', 'Motors', 'Actuators', 'Sensors'] },
  ],
  [
    26,
    I,
    'Technician missed appointment',
    3.6,
    'The technician did not arrive in the agreed window.',
    { resolutionMedianHours: 160, costChance: 0.5 },
  ],
  [27, I, 'Commissioning step skipped', 1.0, 'A start-up or commissioning step was not performed.'],
  [
    28,
    I,
    'Site survey incomplete',
    0.7,
    'The pre-installation survey missed a site condition (power, access, space).',
  ],
  [
    29,
    V,
    'Carrier damage in transit',
    13,
    'Goods damaged by the carrier between our dock and the customer.',
    { resolutionMedianHours: 170 },
  ],
  [
    30,
    V,
    'Carrier delivery late',
    10,
    'The carrier delivered after the promised date.',
    { resolutionMedianHours: 110, costChance: 0.15, costMedianCents: 2_000 },
  ],
  [
    31,
    V,
    'Supplier component defect',
    3.8,
    'A purchased component (bearing, board, motor) failed.',
    { resolutionMedianHours: 230 },
  ],
  [
    32,
    V,
    'Supplier shipped wrong revision',
    0.8,
    'A supplier delivered an outdated revision of a component.',
  ],
  [33, V, 'Lost in transit', 1.6, 'The carrier lost the shipment.', { costChance: 0.9 }],
  [
    34,
    V,
    'Backorder from supplier',
    1.9,
    'A supplier slipped its lead time and the order waits for parts.',
    { resolutionMedianHours: 300, costChance: 0.05 },
  ],
  [35, C, 'Promised callback not made', 2.4, 'An agent promised to call back and nobody did.'],
  [
    36,
    C,
    'Incorrect information given',
    2.0,
    'The customer was told something wrong about the product, order or policy.',
  ],
  [
    37,
    C,
    'Return authorization not issued',
    1.0,
    'The customer asked to return goods and never received an RMA number.',
    { resolutionMedianHours: 20 },
  ],
  [
    38,
    C,
    'Credit not processed',
    1.3,
    'A credit agreed with the customer was never booked.',
    { resolutionMedianHours: 30, costChance: 0.6 },
  ],
  [
    39,
    C,
    'Closed before fix confirmed',
    0.8,
    'The previous ticket was closed before the customer confirmed the fix.',
  ],
  [40, C, 'Warranty terms misquoted', 0.5, 'The customer was quoted the wrong warranty coverage.'],
  [41, U, 'No fault found', 1.8, 'The returned or inspected unit works to specification.'],
  [
    42,
    U,
    'Intermittent issue not reproduced',
    1.0,
    'The customer reports a fault that nobody could reproduce.',
  ],
  [
    43,
    U,
    'Used outside specification',
    0.8,
    'The product was used beyond its rated pressure, temperature or load.',
  ],
  [
    44,
    U,
    'Origin not determined',
    0.6,
    'Investigated, but the originating department could not be determined.',
  ],
];

/**
 * The listed weights rank the causes; raising them to this power steepens the curve so that, as
 * in real complaint data, about a quarter of the causes make 80 % of the tickets.
 */
const PARETO_STEEPNESS = 1.5;

export const CAUSES: readonly CauseDefinition[] = CAUSE_ROWS.map(
  ([id, departmentId, name, weight, description, overrides]) => ({
    id,
    departmentId,
    name,
    description,
    weight: weight ** PARETO_STEEPNESS,
    behaviour: { ...DEPARTMENT_BEHAVIOUR[departmentId], ...overrides },
  }),
);

export function causeById(id: number): CauseDefinition {
  const cause = CAUSES.find((c) => c.id === id);
  if (!cause) throw new Error(`No demo root cause with id ${id}`);
  return cause;
}

// ---------------------------------------------------------------------------------------------
// The planted stories (dates relative to the end of the data are in calendar.ts `storyDates`).

/** Story 1: order entry's transposed part numbers spike, a fix lands, the rate halves. */
export const SPIKE_CAUSE_ID = 12;
export const SPIKE_CAUSE_NAME = 'Transposed part number';
export const SPIKE_ACTION_TITLE = 'Validate part numbers against the quote at order entry';
export const SPIKE_WEEKS = 13;
/** The spike ends (and its action is done) this many weeks before the ISO week of --end. */
export const SPIKE_ENDS_WEEKS_BEFORE_END = 30;
export const SPIKE_RATE_FACTOR = 4;
export const AFTER_FIX_RATE_FACTOR = 0.5;

/** Story 2: the call-time trap, the shortest calls but slow fixes that keep coming back. */
export const CALL_TRAP_CAUSE_ID = 2;
export const CALL_TRAP_CAUSE_NAME = 'Seal degrades after weeks in service';

/** Story 3: a fix that was done but changed nothing. */
export const NO_EFFECT_CAUSE_ID = 18;
export const NO_EFFECT_CAUSE_NAME = 'Wrong item picked';
export const NO_EFFECT_ACTION_TITLE = 'Scan-to-verify at packing';
export const NO_EFFECT_DONE_WEEKS_BEFORE_END = 18;
