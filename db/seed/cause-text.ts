/**
 * Ticket text templates per cause. Customers describe symptoms, not causes, so related causes
 * share words ("wrong part", "leak", "damaged", "missing"): a text classifier trained on these
 * has something to learn but cannot just read the label. Placeholders are listed in text.ts.
 */

import type { Channel } from '@/lib/domain';

export interface CauseText {
  subjects: readonly string[];
  details: readonly string[];
}

export const CAUSE_TEXT: Record<number, CauseText> = {
  1: {
    subjects: [
      '{noun} does not fit',
      'Bore size wrong on {sku}',
      '{sku} out of tolerance',
      'Parts too big to assemble',
      'Dimensions wrong on {product}',
    ],
    details: [
      'The {noun} we received measures {mm} mm where the drawing says {mm2} mm.',
      'Flange holes on {sku} do not line up with our piping, off by about {small} mm.',
      'Our incoming inspection rejected {qty2} of {qty} units of {sku} for dimensions.',
      'The shaft will not go into the {noun}, the bore is undersized.',
      'Parts from this batch are thicker than the previous ones and do not fit.',
    ],
  },
  2: {
    subjects: [
      '{noun} leaking again',
      'Leak at seal on {sku}',
      'Seal failed after a few weeks',
      'Dripping from {noun} shaft',
      'Leak on {product}',
    ],
    details: [
      'The seal on our {noun} started leaking after about {weeks} weeks in service.',
      'The unit you replaced last time is weeping at the seal again.',
      'Small leak at the shaft seal, getting worse every week.',
      'Seal looks swollen and hard, there is fluid on the floor under the {noun}.',
      'Leaking again. Worked fine for a few weeks after the last repair.',
    ],
  },
  3: {
    subjects: ['Crack in weld on {sku}', '{noun} joint failed', 'Cracked housing on {product}'],
    details: [
      'Hairline crack along the weld seam of the {noun} after {weeks} weeks.',
      'Brazed joint separated under normal operating pressure.',
      'A bracket weld broke off the frame, the unit is out of service.',
    ],
  },
  4: {
    subjects: ['Rust on new {noun}', 'Paint peeling on {sku}', 'Corrosion on {product}'],
    details: [
      'Corrosion spots appeared on the housing within {weeks} weeks.',
      'Coating is blistering; the unit is installed outdoors but is rated for it.',
      'Plating is flaking off the fittings of the {noun}.',
    ],
  },
  5: {
    subjects: [
      '{noun} missing a part',
      'Missing O-ring in {sku}',
      'Part not installed in {product}',
      'Incomplete unit',
    ],
    details: [
      'The unit arrived without the {component} installed.',
      'Opened the {noun} and the {component} is not there, it looks like it was never assembled.',
      'Two screws missing from the cover of {sku}, it cannot be closed.',
      'The {component} is missing inside the housing, everything else is there.',
    ],
  },
  6: {
    subjects: [
      '{noun} reading wrong',
      'Calibration off on {sku}',
      'Inaccurate readings from {product}',
    ],
    details: [
      'It reads {pct}% high compared to our reference gauge.',
      'Out of the box the {noun} is off by {pct}%.',
      'Calibration certificate says within 0.5%, we measure {pct}% deviation.',
    ],
  },
  7: {
    subjects: ['Wrong revision of {sku}', 'Part does not match drawing', 'Old revision received'],
    details: [
      'We received revision {revA} but our drawing and order are for revision {revB}.',
      'Hole pattern matches the old drawing, not the current revision.',
      'The {noun} is built to an outdated drawing, the new mounting plate does not fit.',
    ],
  },
  8: {
    subjects: [
      'Datasheet wrong for {sku}',
      'Specification on website incorrect',
      'Rating mismatch on {product}',
    ],
    details: [
      'The datasheet says {bar} bar maximum but the nameplate says {bar2} bar.',
      'Published dimensions for {sku} are wrong and our design used them.',
      'Flow rating in the catalogue is much higher than what the {noun} delivers.',
    ],
  },
  9: {
    subjects: [
      '{noun} does not fit our equipment',
      'Thread mismatch on {sku}',
      'Not compatible with our system',
      'Connection does not fit',
    ],
    details: [
      'The connection is {thread} but the equipment it is sold for uses {thread2}.',
      'Mounting holes do not match the bracket it is listed as compatible with.',
      'The {noun} does not fit the existing piping even though it is the listed replacement.',
    ],
  },
  10: {
    subjects: [
      '{noun} freezes',
      'Error {err} on display',
      'Settings lost after power cycle',
      '{sku} stops responding',
    ],
    details: [
      'The controller locks up every few days and needs a power cycle.',
      'After the update to version {ver} the {noun} shows error {err}.',
      'Readings jump to zero at random moments.',
      'All parameters are lost every time the power goes off.',
    ],
  },
  11: {
    subjects: [
      'Manual instructions wrong',
      'Error in the installation guide for {sku}',
      'Quick start guide incorrect',
    ],
    details: [
      'Step {step} of the manual tells the installer to use the wrong terminal.',
      'The torque values in the guide do not match the label on the {noun}.',
      'The wiring diagram in the manual is for a different model.',
    ],
  },
  12: {
    subjects: [
      'Wrong part received on {order}',
      'Received {sku2} instead of {sku}',
      'Wrong part number on order {order}',
      'Wrong item on order {order}',
      'Wrong item received',
    ],
    details: [
      'We ordered {sku} but the order confirmation and the delivery show {sku2}.',
      'Our PO says {sku}; your order {order} was entered as {sku2}.',
      'We received a different part than the one we ordered. The packing slip shows {sku2}.',
      'Part number on the invoice is {sku2}, we never ordered that.',
      'Confirmation for {order} lists {sku2}, should be {sku}. Goods already delivered.',
    ],
  },
  13: {
    subjects: [
      'Wrong quantity on {order}',
      'Received {qty2} instead of {qty}',
      'Quantity wrong on order',
    ],
    details: [
      'We ordered {qty} pcs of {sku} and the order was entered for {qty2}.',
      'Order confirmation shows quantity {qty2}, our PO says {qty}.',
      'Too many units delivered, we only need {qty}.',
    ],
  },
  14: {
    subjects: [
      'Invoice price wrong for {order}',
      'Discount not applied',
      'Price does not match quote',
    ],
    details: [
      'Invoice shows {price} per unit but the quote said {price2}.',
      'Our contract discount was not applied on order {order}.',
      'We were billed list price for {sku}; the quotation is attached.',
    ],
  },
  15: {
    subjects: [
      'Delivered to old address',
      'Wrong delivery address on {order}',
      'Shipment went to wrong site',
    ],
    details: [
      'The order went to our old site in {city}.',
      'Ship-to on the confirmation is wrong, we gave the {city} address.',
      'Goods were sent to our head office instead of the plant in {city}.',
    ],
  },
  16: {
    subjects: [
      '{noun} missing option',
      'Wrong version of {sku} received',
      'Option not on order {order}',
    ],
    details: [
      'We ordered the {attr} version but the order was entered without it.',
      'The mounting kit was on the quote but not on the order.',
      'Received the standard {noun}, we asked for the {attr} option.',
    ],
  },
  17: {
    subjects: ['Received order twice', 'Duplicate shipment {order}', 'Double invoice'],
    details: [
      'We got two identical shipments and two invoices for {order}.',
      'The same order appears twice in our account.',
      'A second delivery of {qty} x {sku} arrived, we only ordered once.',
    ],
  },
  18: {
    subjects: [
      'Wrong item in box',
      'Received wrong part',
      'Wrong item on order {order}',
      '{other} shipped instead of {sku}',
      'Wrong item received',
    ],
    details: [
      'Packing slip says {sku} but the box contains {other}.',
      'We received a {noun2} instead of the {noun} on the packing list.',
      'The label on the item is {other}; the order and the packing slip are correct.',
      'Wrong part in the box, order {order} itself was right.',
      'Box was labelled correctly but has the wrong item inside.',
    ],
  },
  19: {
    subjects: [
      'Shipment incomplete',
      'Missing items on {order}',
      'Only {qty2} of {qty} received',
      'Parts missing from delivery',
    ],
    details: [
      'Packing list shows {qty} units but only {qty2} were in the box.',
      'One carton of order {order} is missing.',
      'The {noun} arrived but the accessories listed on the packing slip were not included.',
      'Delivery is short, {sku} missing although it is on the packing list.',
    ],
  },
  20: {
    subjects: ['Damaged on arrival', '{noun} broken in box', 'Item arrived damaged'],
    details: [
      'Item arrived damaged, there was almost no padding in the box.',
      'The {noun} was loose in an oversized carton and the fitting is broken.',
      'Outer box fine but the unit inside is dented, no protection at all.',
    ],
  },
  21: {
    subjects: ["Received someone else's order", 'Wrong shipment received', 'Not our order'],
    details: [
      "The box was addressed to us but contains another customer's order.",
      'The label has our address but the packing slip is for a different company.',
      'We received goods for a company in {city}, where is our order {order}?',
    ],
  },
  22: {
    subjects: ['Order {order} not shipped yet', 'Where is my order', 'Dispatch delayed'],
    details: [
      'The order was promised to ship on {weekday} and still shows as not dispatched.',
      'Tracking shows the label was created {days} days after the promised ship date.',
      'Still waiting for {order}, it should have left your warehouse last week.',
    ],
  },
  23: {
    subjects: ['Certificate missing', 'No packing list in box', 'Documents missing for {sku}'],
    details: [
      'The material certificate for {sku} was not in the shipment.',
      'No manual or packing list included with the {noun}.',
      'We need the test report for order {order}, it was not in the box.',
    ],
  },
  24: {
    subjects: [
      'Leak at fitting after installation',
      'Loose bolts on {noun}',
      'Leaking since install',
    ],
    details: [
      'Since the installation the flange connection drips; the bolts were not torqued.',
      'Fittings on the {noun} came loose within days of the install.',
      'Leak at the connection the technician made last week.',
    ],
  },
  25: {
    subjects: [
      '{noun} not working after install',
      'Wiring problem after installation',
      'Unit trips breaker',
    ],
    details: [
      'After installation the {noun} does not start; our electrician found two wires swapped.',
      'The unit trips the breaker, the wiring from the install looks wrong.',
      'Motor runs backwards since the technician connected it.',
    ],
  },
  26: {
    subjects: [
      'Technician did not show up',
      'Install appointment missed',
      'Nobody came for the installation',
    ],
    details: [
      'We waited all day for the technician, nobody came and nobody called.',
      'The appointment on {weekday} was missed; we had stopped production for it.',
      'Second time the field visit was not kept, please send someone.',
    ],
  },
  27: {
    subjects: ['System not commissioned', 'Startup not completed', '{noun} not set up'],
    details: [
      'The technician left without running the startup checks.',
      'The {noun} was never set up, parameters are still at factory default.',
      'Commissioning report missing and the alarms are not configured.',
    ],
  },
  28: {
    subjects: [
      'Unit does not fit in the space',
      'Power supply not suitable',
      'Installation could not be finished',
    ],
    details: [
      'The installation could not be finished: the site has {volt} but the unit needs {volt2}.',
      'The crew arrived and the {noun} does not fit through the door.',
      'No lifting access on site, nobody checked this before.',
    ],
  },
  29: {
    subjects: [
      'Damaged shipment',
      'Box crushed in delivery',
      '{noun} damaged on arrival',
      'Item arrived damaged',
    ],
    details: [
      'The pallet arrived crushed and the {noun} housing is cracked.',
      'Delivery from {carrier} was damaged; we noted it on the delivery receipt.',
      'Forklift damage on the crate, the {noun} is bent.',
    ],
  },
  30: {
    subjects: [
      'Delivery late',
      'Shipment not arrived',
      'Where is my order {order}',
      'Still waiting for delivery',
    ],
    details: [
      'Tracking with {carrier} has not moved for {days} days.',
      'Promised delivery was {weekday}, still nothing.',
      'The {carrier} driver did not come on the booked delivery day.',
    ],
  },
  31: {
    subjects: ['{noun} failed', 'Bearing noise on {sku}', 'Component failure in {product}'],
    details: [
      'The bearing in the {noun} failed after {weeks} weeks.',
      'The board inside the unit burned out; it carries a supplier logo.',
      'The bought-in motor of the {noun} overheats.',
    ],
  },
  32: {
    subjects: [
      'Component revision wrong',
      'Internal part does not match',
      'Replacement part does not fit {sku}',
    ],
    details: [
      'The {component} inside is an old revision and does not fit the current housing.',
      'The spare {component} you sent is a different revision than the one in our {noun}.',
    ],
  },
  33: {
    subjects: [
      'Shipment lost',
      'Never received order {order}',
      'Tracking says delivered but nothing here',
    ],
    details: [
      '{carrier} tracking says delivered but nothing arrived.',
      'Tracking stopped {days} days ago and the carrier cannot find the package.',
    ],
  },
  34: {
    subjects: ['Order {order} delayed', 'Backorder on {sku}', 'When will {sku} ship?'],
    details: [
      'We were told {sku} is on backorder for another {weeks} weeks.',
      'The order is held waiting for parts from your supplier.',
      'Delivery date moved again, the {component} is not in stock.',
    ],
  },
  35: {
    subjects: ['Nobody called back', 'Still waiting for a callback', 'Promised call never came'],
    details: [
      'I was promised a call back on {weekday} and nobody called.',
      'This is my third call, every time someone says they will call back.',
      'Your colleague said she would check and call us back, we heard nothing.',
    ],
  },
  36: {
    subjects: [
      'Wrong information from support',
      'Agent told me something wrong',
      'Conflicting answers',
    ],
    details: [
      'Support told us the {noun} works with {attr} but it does not.',
      'We were told the order would ship {weekday}; that was not true.',
      'Two agents gave us two different answers about {sku}.',
    ],
  },
  37: {
    subjects: ['Need RMA number', 'Return not authorized', 'How do I return {sku}?'],
    details: [
      'I asked for an RMA for {sku} {days} days ago and have not received it.',
      'We want to return the {noun} but nobody sent us the return authorization.',
    ],
  },
  38: {
    subjects: ['Credit missing', 'Refund not received', 'Credit note for {order}?'],
    details: [
      'The credit for order {order} was agreed but does not appear on our statement.',
      'We returned the goods {weeks} weeks ago and are still waiting for the credit.',
    ],
  },
  39: {
    subjects: [
      'Case closed but problem not fixed',
      'Why was my case closed?',
      'Problem still there',
    ],
    details: [
      'My previous case was closed but the {noun} still does not work.',
      'The case was closed without anyone checking with us.',
    ],
  },
  40: {
    subjects: ['Warranty question', 'Told it was under warranty', 'Invoice for warranty repair'],
    details: [
      'We were told the repair is covered by warranty; now we got an invoice.',
      'The warranty period quoted by phone differs from the written terms.',
    ],
  },
  41: {
    subjects: ['{noun} not working', 'Unit returned for test', 'Faulty {sku}?'],
    details: [
      'The {noun} does not seem to work properly.',
      'We think {sku} is defective and are sending it back for inspection.',
      'Unit stopped working, please check it.',
    ],
  },
  42: {
    subjects: ['Intermittent fault on {noun}', 'Sometimes stops working', 'Random alarm on {sku}'],
    details: [
      'Every few days the {noun} stops for a moment and then runs again.',
      'Occasional alarm, we cannot tell when it happens.',
      'Works fine when your technician is here, fails when he leaves.',
    ],
  },
  43: {
    subjects: ['{noun} broken', 'Failed under load', '{sku} burst'],
    details: [
      'The {noun} failed; we run it at {bar} bar and {temp} C.',
      'The unit burst during a pressure test of the line.',
      'It broke after we connected it to the steam line.',
    ],
  },
  44: {
    subjects: ['Problem with {sku}', 'Issue with order {order}', 'Complaint about {noun}'],
    details: [
      'Customer reports a problem with {sku}, details unclear.',
      'Something is wrong with the last delivery, please investigate.',
      'Not sure what is wrong, the {noun} just does not do what it should.',
    ],
  },
};

/** Subjects that say nothing about the cause: a share of real tickets look like this. */
export const GENERIC_SUBJECTS = [
  'Complaint',
  'Problem with order {order}',
  'Question about {sku}',
  'Urgent: {noun}',
  'Help needed',
  '{company} - issue',
  'Service request',
  'Please call me',
];

/** How a ticket's description starts depends on where it came from. */
export const OPENERS: Record<Channel, readonly string[]> = {
  phone: ['', '{person} from {company} called:', 'Per phone call with {person}:', 'Customer says:'],
  email: ['', 'Hi,', 'Hello,', 'Good morning,', 'Email from {person} ({company}):'],
  chat: ['', 'Chat with {person} at {company}:', 'Hi,'],
  web: ['', 'Web form:', 'Hello,'],
  field: ['Technician report:', 'Field visit at {company}:', 'On site:'],
};

export const CLOSERS = [
  '',
  '',
  '',
  'Please advise.',
  'Need this fixed ASAP.',
  'Production is affected.',
  'Please call back.',
  'Customer is not happy.',
  'Thanks.',
  'Urgent.',
  'Order ref {order}.',
];

/** What a repeat ticket says, before the problem itself. */
export const REPEAT_PREFIXES = ['Again: ', 'RE: ', 'Still: ', 'Same problem: '];
export const REPEAT_SENTENCES = [
  'Same problem as our last case.',
  'This happened before.',
  'Second time this month.',
  'We reported this already.',
];
