/**
 * Word lists the demo names are built from. Written as '|'-separated strings so the formatter
 * keeps them compact instead of putting every word on its own line.
 */
const list = (words: string): readonly string[] => words.split('|');

export const COMPANY_FIRST = list(
  'Northwind|Bluewater|Ironbridge|Cedar|Summit|Redstone|Harbor|Granite|Silverline|Oakridge|' +
    'Prairie|Lakeside|Riverbend|Highland|Coastal|Keystone|Pioneer|Evergreen|Westfield|Eastgate|' +
    'Maple|Falcon|Beacon|Crescent|Sterling|Meridian|Horizon|Canyon|Valley|Atlas|Apex|Vanguard|' +
    'Sequoia|Copperfield|Millbrook|Stonegate|Clearwater|Foxhill|Brightwater|Hillcrest|Kingsbury|' +
    'Ashford|Thornton|Whitfield|Brookside|Elmwood|Fairview|Glenwood|Juniper|Larkspur|Mesa|' +
    'Northgate|Orchard|Pinecrest|Quarry|Rockport|Shoreline|Timber|Unity|Windmill',
);

export const COMPANY_SECOND = list(
  'Fluid Systems|Hydraulics|Process Controls|Water Works|Facilities|Mechanical|Dairy|Brewing|' +
    'Chemicals|Plastics|Foods|Pharma|Energy|Utilities|Irrigation|HVAC|Refrigeration|Paper Mill|' +
    'Packaging|Automation|Engineering|Municipal Water|Power|Mining|Marine|Textiles|Labs|' +
    'Building Services|Cold Storage|Petroleum|Steel|Bottling|Greenhouses|Hospitals|Data Centers|' +
    'Logistics|Contractors|Pipeline|Filtration|Biotech',
);

/** Empty entries: many companies are known without a legal suffix. */
export const COMPANY_SUFFIX = list('Inc.|LLC|Ltd|Co.|Group|GmbH|S.A.|Corp.|Partners|B.V.||');

export const CITIES = list(
  'Dayton|Tulsa|Fresno|Akron|Boise|Reno|Spokane|Madison|Lyon|Leeds|Porto|Graz|Ghent|Aarhus|' +
    'Turin|Lille|Malmo|Dortmund|Rotterdam|Cork|Omaha|Wichita|Mobile|Toledo|Tacoma|Durham|Laredo|' +
    'Salem|Provo|Utica',
);

export const FIRST_NAMES = list(
  'Maria|James|Aisha|Daniel|Sofia|Liam|Chen|Olivia|Mateo|Emma|Noah|Fatima|Lucas|Hannah|Ravi|' +
    'Grace|Tomas|Ines|Kwame|Yuki|Elena|Omar|Priya|Jonas|Lena|Marco|Zoe|Samuel|Nadia|Victor|' +
    'Chloe|Diego|Amara|Felix|Julia|Hugo|Leila|Pedro|Mia|Andre',
);

export const LAST_INITIALS = list('A|B|C|D|E|F|G|H|J|K|L|M|N|O|P|R|S|T|V|W|Z');

export const CARRIERS = list('FastFreight|BlueLine Express|Meridian Parcel|TransCo|Q-Ship');

export interface ProductFamily {
  /** SKU prefix, as in "VX-1042". */
  prefix: string;
  family: string;
  nouns: readonly string[];
}

export const PRODUCT_FAMILIES: readonly ProductFamily[] = [
  {
    prefix: 'VX',
    family: 'Valves',
    nouns: list('Ball valve|Gate valve|Check valve|Butterfly valve'),
  },
  {
    prefix: 'PM',
    family: 'Pumps',
    nouns: list('Centrifugal pump|Diaphragm pump|Gear pump|Booster pump'),
  },
  {
    prefix: 'CT',
    family: 'Controllers',
    nouns: list('Pump controller|PID controller|Level controller|Dosing controller'),
  },
  {
    prefix: 'SN',
    family: 'Sensors',
    nouns: list('Pressure sensor|Flow meter|Level sensor|Temperature probe'),
  },
  {
    prefix: 'AC',
    family: 'Actuators',
    nouns: list('Electric actuator|Pneumatic actuator|Positioner'),
  },
  {
    prefix: 'FL',
    family: 'Filters',
    nouns: list('Cartridge filter|Bag filter|Strainer|Filter housing'),
  },
  {
    prefix: 'SG',
    family: 'Seals & gaskets',
    nouns: list('Mechanical seal|O-ring kit|Flange gasket|Shaft seal'),
  },
  {
    prefix: 'EN',
    family: 'Enclosures',
    nouns: list('Control cabinet|Junction box|Pump skid frame'),
  },
  {
    prefix: 'HX',
    family: 'Heat exchangers',
    nouns: list('Plate heat exchanger|Shell-and-tube exchanger'),
  },
  { prefix: 'MT', family: 'Motors', nouns: list('Induction motor|Servo motor|Gear motor') },
];

export const PRODUCT_ATTRIBUTES = list(
  '1/2in|3/4in|1in|2in|3in|4in|DN25|DN50|DN80|316 stainless|brass|PVC|EPDM|FKM|24V|230V|400V|' +
    'ATEX|IP67|high-flow|compact|10 bar|16 bar|40 bar',
);
