import type { Message } from '../format.js';
import type { a11yStatementSv } from './a11y-statement.sv.js';

/** English for ./a11y-statement.sv.ts: exactly the same keys (the type checker enforces it). */
export const a11yStatementEn: Record<keyof typeof a11yStatementSv, Message> = {
  'a11y.page.title': 'Accessibility statement',
  'a11y.page.heading': 'Accessibility statement for Samråd',
  'a11y.page.operatorFallback': 'The organisation that runs this server',
  'a11y.page.intro':
    '{operator} is responsible for this website. We want as many people as possible to be able to use it. This statement describes how Samråd meets the Swedish Act (2018:1937) on accessibility to digital public services, the problems we know of, and how you can report problems to us so that we can fix them.',
  'a11y.page.scope':
    'This statement covers Samråd at {host}: the page where participants join and write from their phones, the big screen for the projector, the facilitator’s control panel and these pages.',

  'a11y.page.how.heading': 'How accessible is this website?',
  'a11y.page.how.body':
    'We know that parts of this website are not fully accessible. The problems are listed under “Content that is not accessible” below. This works:',
  'a11y.page.how.keyboard': 'Everything can be done with the keyboard alone, and you can always see where you are.',
  'a11y.page.how.screenReader': 'Buttons and fields have names for screen readers, and new results, time warnings and lost connections are announced.',
  'a11y.page.how.zoom': 'The pages can be zoomed to 200 percent and work on screens 320 pixels wide.',
  'a11y.page.how.motion': 'The pages do not move if you have chosen reduced motion on your phone or computer.',
  'a11y.page.how.language': 'Everything is available in Swedish, English and Arabic, and you can switch language at any time.',
  'a11y.page.how.paper':
    'You can always give your views to the facilitator in person or on paper; the facilitator can type them into Samråd so that they are part of the vote.',

  'a11y.page.help.heading': 'What can you do if you cannot use parts of this website?',
  'a11y.page.help.body':
    'If you need content from Samråd in another format, for example a meeting’s results as plain text, you can contact us. You can also use the form below and choose “I want content in another format”.',
  'a11y.page.help.none': 'Ask the facilitator at the meeting, or use the form below.',
  'a11y.page.contact.email': 'E-mail',
  'a11y.page.contact.phone': 'Phone',

  'a11y.page.report.heading': 'Report accessibility problems',
  'a11y.page.report.body':
    'We keep working to make Samråd better. If you find problems that are not described on this page, or you think we do not meet the requirements of the law, tell us so that we know the problem exists.',

  'a11y.page.enforcement.heading': 'Enforcement',
  'a11y.page.enforcement.body':
    'The Agency for Digital Government (Digg) is responsible for enforcing the Act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can contact Digg and tell them.',
  'a11y.page.enforcement.link': 'Report inaccessibility to Digg (in Swedish)',
  'a11y.page.enforcement.contact': 'Digg: e-mail {email}, phone {phone}, post {address}.',

  'a11y.page.technical.heading': 'Technical information about this website’s accessibility',
  'a11y.page.technical.body':
    'This website is partially compliant with the Act on accessibility to digital public services, because of the problems described below.',

  'a11y.page.gaps.heading': 'Content that is not accessible',
  'a11y.page.gaps.intro': 'This content does not meet the requirements of the law, or has not been tested enough:',
  'a11y.page.gaps.language':
    'Posts are not marked with the language they are written in, so a screen reader reads an English or Arabic post with the page’s language. The text is shown in the right direction. (WCAG 3.1.2)',
  'a11y.page.gaps.timer':
    'The facilitator can set a time for writing and voting. You cannot extend it yourself, because everyone in the room does the same thing at the same time. Ask the facilitator for more time, or give your views on paper. (WCAG 2.2.1, real-time exception)',
  'a11y.page.gaps.projector':
    'The big screen is made to be read from across a room. It changes all the time and is not meant for screen readers: the same content is on the participant page.',
  'a11y.page.gaps.console':
    'The facilitator’s control panel is made for a computer. It works with a keyboard and screen readers, but on a narrow phone screen it becomes long and hard to overview.',
  'a11y.page.gaps.assistive':
    'We have tested with automated tools and with the keyboard, but not yet together with people who use screen readers, magnification or voice control every day.',

  'a11y.page.tested.heading': 'How we tested this website',
  'a11y.page.tested.body':
    'We have made a self-assessment (internal testing) against WCAG 2.2 level AA, which includes the WCAG 2.1 level AA requirements the law refers to (EN 301 549). Automated tests run on every change to the software: axe checks of every page and state, a keyboard-only flow, 320-pixel-wide screens, 200 percent zoom, the size of buttons and links, reduced motion and the contrast of the big screen.',
  'a11y.page.tested.assessed': 'The latest assessment was made on {date}.',
  'a11y.page.tested.updated': 'This statement was last updated on {date}.',

  'a11y.form.heading': 'Send a report',
  'a11y.form.kind': 'What is it about?',
  'a11y.form.kind.problem': 'An accessibility problem',
  'a11y.form.kind.alternative': 'I want content in another format',
  'a11y.form.what': 'What happened?',
  'a11y.form.whatHint':
    'Tell us what you tried to do and what happened. If you can, say which assistive technology, browser and phone or computer you use.',
  'a11y.form.where': 'Page or address (optional)',
  'a11y.form.whereHint': 'For example “the big screen” or the address of the page.',
  'a11y.form.contact.legend': 'Would you like an answer? (optional)',
  'a11y.form.name': 'Name',
  'a11y.form.contact': 'E-mail or phone',
  'a11y.form.consent': 'I agree that {operator} keeps my contact details in order to answer me.',
  'a11y.form.consentGeneric': 'I agree that whoever runs this server keeps my contact details in order to answer me.',
  'a11y.form.consentInfo': 'The details are only used to answer this report. Without contact details the report is anonymous.',
  'a11y.form.submit': 'Send the report',
  'a11y.form.sending': 'Sending…',
  'a11y.form.needWhat': 'Write what happened.',
  'a11y.form.needConsent': 'Tick the consent box, or empty the name and contact fields.',
  'a11y.form.sent': 'Thank you! Your report has arrived.',
  'a11y.form.sentContact': 'We will answer you as soon as we can.',
  'a11y.form.rateLimited': 'Many reports have been sent from here in a short time. Try again in a while, or contact us another way.',
  'a11y.form.failed': 'The report could not be sent. Check your connection and try again.',

  'a11y.reports.title': 'Accessibility reports',
  'a11y.reports.heading': 'Accessibility reports',
  'a11y.reports.intro':
    'For whoever runs this server. Enter the operator key (OPERATOR_KEY in the server’s settings) to read the reports sent from the accessibility statement.',
  'a11y.reports.key': 'Operator key',
  'a11y.reports.show': 'Show reports',
  'a11y.reports.loading': 'Loading…',
  'a11y.reports.needKey': 'Enter the key first.',
  'a11y.reports.wrongKey': 'The key is not right. Check OPERATOR_KEY in the server’s settings.',
  'a11y.reports.disabled':
    'The list is switched off on this server because no operator key is set. Set OPERATOR_KEY (at least 16 characters) in the server’s environment and restart it. Reports are still stored.',
  'a11y.reports.failed': 'The reports could not be loaded. Try again.',
  'a11y.reports.count': { one: '{count} report', other: '{count} reports' },
  'a11y.reports.none': 'No reports yet.',
  'a11y.reports.received': 'Received {date}',
  'a11y.reports.where': 'Page',
  'a11y.reports.from': 'Contact',
  'a11y.reports.anonymous': 'Anonymous – no contact details',
  'a11y.reports.language': 'Language',
  'a11y.reports.back': 'To the accessibility statement'
};
