// The shapes of the API's JSON that the page reads (see src/http/*/openapi.json).

export interface User {
  id: string;
  email: string;
  name: string;
  role: string;
  customerId?: string;
}

export interface Session {
  user: User;
  csrfToken: string;
  expiresAt: string;
}

export interface Characteristic {
  name: string;
  value: unknown;
  valueType?: string;
}

export interface SlaClockValue {
  state: 'running' | 'paused' | 'closed' | 'stopped' | 'none';
  remainingSeconds: number;
  asOf: string;
  nextChange?: string;
}

export interface Ref {
  id: string;
  role?: string;
  href?: string;
  name?: string;
  '@referredType'?: string;
}

export interface Note {
  id?: string;
  author?: string;
  text: string;
  date?: string;
}

export interface Attachment {
  id: string;
  url: string;
  href?: string;
  name: string;
  mimeType?: string;
  size?: { amount: number; units: string };
}

export interface Ticket {
  id: string;
  href?: string;
  name?: string;
  description: string;
  severity: string;
  ticketType: string;
  priority?: string;
  status: string;
  statusChangeReason?: string;
  channel?: { id: string; name?: string };
  creationDate?: string;
  lastUpdate?: string;
  statusChangeDate?: string;
  expectedResolutionDate?: string;
  resolutionDate?: string;
  relatedParty?: Ref[];
  relatedEntity?: Ref[];
  note?: Note[];
  statusChange?: { status: string; changeReason?: string; changeDate: string }[];
  stopClock?: { reason: string; startDateTime: string; endDateTime?: string }[];
  attachment?: Attachment[];
  characteristic?: Characteristic[];
}

export interface Product {
  id: string;
  name?: string;
  status?: string;
  startDate?: string;
  productOffering?: { id: string; name?: string };
  optionOffering?: { id: string; name?: string }[];
  place?: Ref[];
  relatedParty?: Ref[];
  productCharacteristic?: Characteristic[];
  productTerm?: { name?: string; description?: string; validFor?: { startDateTime?: string; endDateTime?: string } }[];
}

export interface Milestone {
  date?: string;
  milestone?: string;
  note?: string;
  state?: string;
}

export interface Order {
  id: string;
  externalId?: string;
  state: string;
  milestone?: string;
  orderDate?: string;
  requestedCompletionDate?: string;
  expectedCompletionDate?: string;
  completionDate?: string;
  targetActivationDate?: string;
  late?: boolean;
  rushProvisioning?: unknown;
  milestoneHistory?: Milestone[];
  lateActivationNotice?: { date?: string; noticeDate?: string; message?: string; reason?: string; newTargetDate?: string; [k: string]: unknown }[];
  productOrderItem?: { id: string; action?: string; state?: string; productOffering?: { id: string; name?: string } }[];
  relatedParty?: (Ref & { email?: string; phone?: string })[];
  orderTotalPrice?: { name?: string; priceType?: string; price?: { dutyFreeAmount?: { unit?: string; valueCents?: number } } }[];
  [k: string]: unknown;
}

export interface Notification {
  id: string;
  kind: string;
  subject: string;
  body: string;
  status: string;
  createdAt: string;
  sentAt?: string;
  recipients?: string[];
  reference?: string;
}

export interface Customer {
  id: string;
  name: string;
  status?: string;
  characteristic?: Characteristic[];
}

export interface Site {
  id: string;
  name: string;
  customerId: string;
  address?: { street1?: string; postCode?: string; city?: string; country?: string };
}

export interface Representative {
  id: string;
  customerId: string;
  name: string;
  email?: string;
  phone?: string;
  role?: string;
}

export interface EscalationStep {
  fromLevel: number;
  level: number;
  levelName: string;
  trigger: string;
  channel: string;
  requesterRole?: string;
  requesterContact?: { name?: string; email?: string; phone?: string };
  operatorContact?: { role?: string; phone?: string; handledBy?: { name?: string; email?: string; phone?: string } };
  reason?: string;
  requestedAt: string;
}

export interface Escalation {
  level: number;
  levelName: string;
  operatorContact?: { role?: string; phone?: string };
  generalOutage?: boolean;
  linkedCustomers?: number;
  history: EscalationStep[];
}

export interface ServiceDesk {
  phones: { language: string; number: string }[];
  email: string;
  rule?: string;
}

// GET /api/v1/line/{id}/usage and friends (src/http/usage/openapi.json).
export interface VolumePack {
  id: string;
  line: string;
  month: string;
  volumeBytes: number;
  charge: string;
  price?: { unit?: string; value?: number };
  priceId?: string;
  orderedAt: string;
  orderedBy?: string;
  /** In the answer of POST /api/v1/line/{id}/volumePack only. */
  throttleLifted?: boolean;
}

export type ThrottleState = 'pending' | 'applied' | 'disconnected' | 'unreachable' | 'liftPending' | 'lifted';

export interface Throttle {
  line: string;
  radiusUserName: string;
  month: string;
  state: ThrottleState;
  reducesSpeed: boolean;
  profile: string;
  since: string;
  until: string;
  liftedAt?: string;
  lastError?: string;
}

export interface LineUsage {
  line: string;
  radiusUserName: string;
  month: string;
  volumeBytes: number;
  cap: { kind: 'included' | 'fairUse' | 'unlimited'; bytes?: number };
  level: 0 | 80 | 100;
  days: { day: string; volumeBytes: number }[];
  volumePacks?: VolumePack[];
  throttle?: Throttle | null;
  /** What one more Volume Pack would add and cost this month; absent when the line can have none. */
  volumePackOffer?: VolumePackOffer;
  /** The speed a throttle of the line's formula reduces it to; absent for an unlimited line. */
  throttleSpeed?: ThrottleSpeed;
}

export interface VolumePackOffer {
  volumeBytes: number;
  charge: 'paid' | 'free';
  /** EUR; value 0 when free. */
  price: { unit: string; value: number };
}

export interface ThrottleSpeed {
  profile: string;
  downKbps: number;
  upKbps: number;
}

export interface UnmatchedUser {
  radiusUserName: string;
  month: string;
  volumeBytes: number;
}

// GET /api/v1/line/{id}/availability and /api/v1/serviceCreditClaim (src/http/availability/openapi.json).
export type AvailabilityOutcome = 'noTarget' | 'met' | 'belowTarget' | 'belowLowerTier';

export interface MonthAvailability {
  /** "YYYY-MM" */
  month: string;
  netDowntimeSeconds: number;
  totalSeconds: number;
  /** 4 decimals, truncated: "99.7000" */
  availabilityPercent: string;
  /** Present when the formula has an availability level: the month alone is below it (the server decides). */
  belowTarget?: boolean;
}

export interface RestorationMonth {
  month: string;
  breaches: { ticket: string; due: string; resolved: string }[];
  rule: string;
  percentOfMonthlyFee: number;
  /** Civil day "YYYY-MM-DD"; present when the month gives a credit (SLA-011). */
  claimDeadline?: string;
}

export interface AvailabilityReport {
  line: string;
  formula: string;
  tier: string;
  year: number;
  slaApplies: boolean;
  reason?: string;
  period?: { from: string; to: string };
  netDowntimeSeconds?: number;
  totalSeconds?: number;
  availabilityPercent?: string;
  availabilityCredit?: {
    outcome: AvailabilityOutcome;
    reason: string;
    rule?: string;
    percentOfMonthlyFee?: number;
    claimDeadline?: string;
    /** The availability level, "99.70", when the formula has one (SLA-049). */
    targetPercent?: string;
  };
  months?: MonthAvailability[];
  downtime?: { from: string; to: string; tickets: string[] }[];
  restorationBreaches?: RestorationMonth[];
}

export type ClaimKind = 'restoration' | 'availability';
export type ClaimState = 'pending' | 'approved' | 'refused';

export interface ClaimEligibility {
  creditPercent: number;
  rule: string;
  reason: string;
  monthlyFee: { unit: string; value: string };
  credit: { unit: string; value: string };
}

export interface CreditClaim {
  id: string;
  href?: string;
  lineId: string;
  customerId: string;
  kind: ClaimKind;
  /** "YYYY-MM" (restoration) or "YYYY" (availability) */
  period: string;
  state: ClaimState;
  filedAt: string;
  filedBy?: string;
  claimDeadline: string;
  eligibility: ClaimEligibility;
  currentEligibility: ClaimEligibility;
  tickets: string[];
  decidedAt?: string;
  decidedBy?: string;
  refusalReason?: string;
  version?: number;
}

export function charValue<T = unknown>(chars: Characteristic[] | undefined, name: string): T | undefined {
  return chars?.find((c) => c.name === name)?.value as T | undefined;
}

export const STAFF_WRITE_ROLES = ['agent-l1', 'agent-l2', 'escalation-manager', 'admin'];
export const isRep = (u: User) => u.role === 'customer-rep';
export const canHandleTickets = (u: User) => STAFF_WRITE_ROLES.includes(u.role);
/** SLA-010 (credit.decide): who approves or refuses Service Credit claims; the others see them read-only. */
export const CLAIM_DECIDE_ROLES = ['billing', 'escalation-manager', 'admin'];
export const canDecideClaims = (u: User) => CLAIM_DECIDE_ROLES.includes(u.role);
