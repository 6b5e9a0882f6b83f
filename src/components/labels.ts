/**
 * The labels of the schema's closed lists (obligation status, duty kind, programme values, size
 * bands, support needs, what hotlines accept, destination kinds, report checklist bases, release-diff changes) in the page's
 * language. The schema constants keep the English text for the CLI and the data export; components
 * show these instead, so a French page reads French. Each English message is the constant's own
 * text, word for word.
 */
import { translate } from '@docusaurus/Translate';
import type { DestinationKind, ReportItemBasis } from '@site/src/schema/destinations';
import type { HotlineAccepts } from '@site/src/schema/hotlines';
import type { DutyKind, ObligationStatus } from '@site/src/schema/obligations';
import type { SizeBand } from '@site/src/schema/profile';
import type { CostModel, IntegrationEffort, OutsideUs, ProgrammeKind } from '@site/src/schema/programme-values';
import type { SupportAudience, SupportNeed } from '@site/src/schema/support-services';

type Labels<K extends string> = Record<K, () => string>;

/** STATUS_LABELS in src/schema/obligations.ts. */
const STATUS: Labels<ObligationStatus> = {
  in_force: () => translate({ id: 'kit.labels.status.in_force', message: 'In force' }),
  in_flux: () => translate({ id: 'kit.labels.status.in_flux', message: 'In flux' }),
  proposed: () => translate({ id: 'kit.labels.status.proposed', message: 'Proposed, not law' }),
  lapsed: () => translate({ id: 'kit.labels.status.lapsed', message: 'Lapsed' }),
};
export const statusLabel = (status: ObligationStatus): string => STATUS[status]();

/** DUTY_KIND_LABELS in src/schema/obligations.ts. */
const DUTY_KIND: Labels<DutyKind> = {
  report: () => translate({ id: 'kit.labels.dutyKind.report', message: 'Report' }),
  preserve: () => translate({ id: 'kit.labels.dutyKind.preserve', message: 'Preserve' }),
  no_disclosure: () => translate({ id: 'kit.labels.dutyKind.no_disclosure', message: 'Do not disclose' }),
  removal: () => translate({ id: 'kit.labels.dutyKind.removal', message: 'Remove' }),
  notice_and_action: () => translate({ id: 'kit.labels.dutyKind.notice_and_action', message: 'Notice and action' }),
  statement_of_reasons: () =>
    translate({ id: 'kit.labels.dutyKind.statement_of_reasons', message: 'Statement of reasons' }),
  complaints: () => translate({ id: 'kit.labels.dutyKind.complaints', message: 'Complaints' }),
  risk_assessment: () => translate({ id: 'kit.labels.dutyKind.risk_assessment', message: 'Risk assessment' }),
  safety_measures: () => translate({ id: 'kit.labels.dutyKind.safety_measures', message: 'Safety measures' }),
  age_assurance: () => translate({ id: 'kit.labels.dutyKind.age_assurance', message: 'Age assurance' }),
  transparency: () => translate({ id: 'kit.labels.dutyKind.transparency', message: 'Transparency' }),
  points_of_contact: () => translate({ id: 'kit.labels.dutyKind.points_of_contact', message: 'Points of contact' }),
  records: () => translate({ id: 'kit.labels.dutyKind.records', message: 'Records' }),
  orders: () => translate({ id: 'kit.labels.dutyKind.orders', message: 'Orders from authorities' }),
  state_of_law: () => translate({ id: 'kit.labels.dutyKind.state_of_law', message: 'State of the law' }),
};
export const dutyKindLabel = (kind: DutyKind): string => DUTY_KIND[kind]();

/** SIZE_BANDS in src/schema/profile.ts: the EU's size classes, as the adjective before "enterprises". */
const SIZE: Labels<SizeBand> = {
  micro: () => translate({ id: 'kit.labels.size.micro', message: 'micro' }),
  small: () => translate({ id: 'kit.labels.size.small', message: 'small' }),
  medium: () => translate({ id: 'kit.labels.size.medium', message: 'medium' }),
  large: () => translate({ id: 'kit.labels.size.large', message: 'large' }),
};
export const sizeLabel = (band: SizeBand): string => SIZE[band]();

/** PROGRAMME_KINDS in src/schema/programme-values.ts. */
const PROGRAMME_KIND: Labels<ProgrammeKind> = {
  hash_list: () => translate({ id: 'kit.labels.programmeKind.hash_list', message: 'Hash or URL list' }),
  signal_sharing: () => translate({ id: 'kit.labels.programmeKind.signal_sharing', message: 'Signal sharing' }),
  matching_service: () => translate({ id: 'kit.labels.programmeKind.matching_service', message: 'Matching service' }),
  reporting_service: () =>
    translate({ id: 'kit.labels.programmeKind.reporting_service', message: 'Reporting or removal-notice service' }),
  victim_takedown_service: () =>
    translate({ id: 'kit.labels.programmeKind.victim_takedown_service', message: 'Victim-facing takedown service' }),
  open_source_tool: () => translate({ id: 'kit.labels.programmeKind.open_source_tool', message: 'Open-source tool' }),
};
export const programmeKindLabel = (kind: ProgrammeKind): string => PROGRAMME_KIND[kind]();

/** OUTSIDE_US and MEMBERSHIP in src/schema/programme-values.ts (the same three answers). */
const YES_NO: Labels<OutsideUs> = {
  yes: () => translate({ id: 'kit.labels.answer.yes', message: 'Yes' }),
  no: () => translate({ id: 'kit.labels.answer.no', message: 'No' }),
  unknown: () => translate({ id: 'kit.labels.answer.unknown', message: 'Not published' }),
};
export const answerLabel = (answer: OutsideUs): string => YES_NO[answer]();

/** COST_MODELS in src/schema/programme-values.ts. */
const COST: Labels<CostModel> = {
  free: () => translate({ id: 'kit.labels.cost.free', message: 'Free' }),
  paid: () => translate({ id: 'kit.labels.cost.paid', message: 'Paid (membership or contract)' }),
  not_published: () => translate({ id: 'kit.labels.cost.not_published', message: 'Not published' }),
  not_applicable: () => translate({ id: 'kit.labels.cost.not_applicable', message: 'Nothing to join' }),
};
export const costLabel = (cost: CostModel): string => COST[cost]();

/** INTEGRATION_EFFORTS in src/schema/programme-values.ts. */
const EFFORT: Labels<IntegrationEffort> = {
  low: () => translate({ id: 'kit.labels.effort.low', message: 'Low' }),
  medium: () => translate({ id: 'kit.labels.effort.medium', message: 'Medium' }),
  high: () => translate({ id: 'kit.labels.effort.high', message: 'High' }),
};
export const effortLabel = (effort: IntegrationEffort): string => EFFORT[effort]();

/** SUPPORT_NEED_LABELS in src/schema/support-services.ts. */
const NEED: Labels<SupportNeed> = {
  image_removal: () => translate({ id: 'kit.labels.need.image_removal', message: 'Removing sexual images' }),
  crisis: () =>
    translate({ id: 'kit.labels.need.crisis', message: 'Someone to talk to now, including thoughts of self-harm' }),
  sextortion: () => translate({ id: 'kit.labels.need.sextortion', message: 'Sexual extortion (sextortion)' }),
  reporting: () => translate({ id: 'kit.labels.need.reporting', message: 'Reporting to a hotline or the police' }),
};
export const needLabel = (need: SupportNeed): string => NEED[need]();

/** SUPPORT_AUDIENCE_LABELS in src/schema/support-services.ts. */
const AUDIENCE: Labels<SupportAudience> = {
  children: () => translate({ id: 'kit.labels.audience.children', message: 'Children and young people' }),
  adults: () => translate({ id: 'kit.labels.audience.adults', message: 'Adults' }),
  anyone: () => translate({ id: 'kit.labels.audience.anyone', message: 'Anyone' }),
};
export const audienceLabel = (audience: SupportAudience): string => AUDIENCE[audience]();

/** What a release did to a record or clause (src/lib/release-diff.ts). */
const CHANGE: Labels<'added' | 'removed' | 'changed'> = {
  added: () => translate({ id: 'kit.labels.change.added', message: 'added' }),
  removed: () => translate({ id: 'kit.labels.change.removed', message: 'removed' }),
  changed: () => translate({ id: 'kit.labels.change.changed', message: 'changed' }),
};
export const changeLabel = (change: 'added' | 'removed' | 'changed'): string => CHANGE[change]();

/** The data kinds the "What changed" page compares (DIFF_KINDS in src/lib/release-diff.ts), as headings. */
const DIFF_KIND: Record<string, () => string> = {
  obligations: () => translate({ id: 'kit.labels.diffKind.obligations', message: 'Obligations' }),
  destinations: () => translate({ id: 'kit.labels.diffKind.destinations', message: 'Destinations' }),
  hotlines: () => translate({ id: 'kit.labels.diffKind.hotlines', message: 'Hotlines' }),
  programmes: () => translate({ id: 'kit.labels.diffKind.programmes', message: 'Programmes' }),
  threats: () => translate({ id: 'kit.labels.diffKind.threats', message: 'Threats' }),
  flows: () => translate({ id: 'kit.labels.diffKind.flows', message: 'Flows' }),
};
/** A kind the list above does not know keeps its own name, capitalised, as before. */
export const diffKindLabel = (kind: string): string =>
  DIFF_KIND[kind]?.() ?? (kind ? kind[0]!.toUpperCase() + kind.slice(1) : kind);

/** The same for a template clause: French agrees the participle with « clause », which is feminine. */
const CLAUSE_CHANGE: Labels<'added' | 'removed' | 'changed'> = {
  added: () => translate({ id: 'kit.labels.clauseChange.added', message: 'added' }),
  removed: () => translate({ id: 'kit.labels.clauseChange.removed', message: 'removed' }),
  changed: () => translate({ id: 'kit.labels.clauseChange.changed', message: 'changed' }),
};
export const clauseChangeLabel = (change: 'added' | 'removed' | 'changed'): string => CLAUSE_CHANGE[change]();

/** ACCEPTS_LABELS in src/schema/hotlines.ts: what a hotline accepts reports of. */
const ACCEPTS: Labels<HotlineAccepts> = {
  csam: () => translate({ id: 'kit.labels.accepts.csam', message: 'Child sexual abuse material (CSAM)' }),
  grooming: () => translate({ id: 'kit.labels.accepts.grooming', message: 'Grooming and online enticement' }),
  sextortion: () => translate({ id: 'kit.labels.accepts.sextortion', message: 'Sexual extortion (sextortion)' }),
  trafficking: () => translate({ id: 'kit.labels.accepts.trafficking', message: 'Child trafficking' }),
  ncii: () => translate({ id: 'kit.labels.accepts.ncii', message: 'Non-consensual intimate imagery (NCII)' }),
  other_illegal: () => translate({ id: 'kit.labels.accepts.other_illegal', message: 'Other illegal content' }),
};
export const acceptsLabel = (accepts: HotlineAccepts): string => ACCEPTS[accepts]();

/** DESTINATION_KIND_LABELS in src/schema/destinations.ts. */
const DESTINATION_KIND: Labels<DestinationKind> = {
  mandatory_report: () =>
    translate({ id: 'kit.labels.destinationKind.mandatory_report', message: 'Receives mandatory reports' }),
  police: () => translate({ id: 'kit.labels.destinationKind.police', message: 'Police' }),
  regulator: () => translate({ id: 'kit.labels.destinationKind.regulator', message: 'Regulator' }),
  support_service: () => translate({ id: 'kit.labels.destinationKind.support_service', message: 'Support service' }),
};
export const destinationKindLabel = (kind: DestinationKind): string => DESTINATION_KIND[kind]();

/** REPORT_ITEM_BASIS_LABELS in src/schema/destinations.ts. */
const REPORT_ITEM_BASIS: Labels<ReportItemBasis> = {
  required: () => translate({ id: 'kit.labels.reportItemBasis.required', message: 'Required' }),
  expected: () => translate({ id: 'kit.labels.reportItemBasis.expected', message: 'Expected' }),
  your_choice: () => translate({ id: 'kit.labels.reportItemBasis.your_choice', message: 'Your choice' }),
  how_to_send: () => translate({ id: 'kit.labels.reportItemBasis.how_to_send', message: 'How to send it' }),
  after_report: () => translate({ id: 'kit.labels.reportItemBasis.after_report', message: 'After the report' }),
};
export const reportItemBasisLabel = (basis: ReportItemBasis): string => REPORT_ITEM_BASIS[basis]();
