import * as activity from './activity.ts';
import * as caseAge from './case-age.ts';
import * as casePerson from './case-person.ts';
import * as caseServices from './case-services.ts';
import * as caseVulnerability from './case-vulnerability.ts';
import type { RuleId } from './catalog.ts';
import type { RuleCheck } from './context.ts';
import * as general from './general.ts';
import * as registration from './registration.ts';

export type RuleScope = 'all' | 'case' | 'activity';

/** Every rule of §6 with the function that checks it and the record type it applies to (R3 scope). */
export const ruleChecks: readonly { id: RuleId; scope: RuleScope; check: RuleCheck }[] = [
  { id: 'R1', scope: 'all', check: general.checkRequiredAnswers },
  { id: 'R2', scope: 'all', check: general.checkValidValues },
  { id: 'R3', scope: 'all', check: general.checkRecordTypeSeparation },
  { id: 'R4', scope: 'all', check: general.checkTextLength },
  { id: 'R5', scope: 'all', check: general.checkOtherHasText },
  { id: 'R6', scope: 'all', check: general.checkTextOnlyWithOther },
  { id: 'R7', scope: 'all', check: registration.checkDateNotFuture },
  { id: 'R8', scope: 'all', check: registration.checkDateNotBefore2015 },
  { id: 'R9', scope: 'all', check: registration.checkOfficerId },
  { id: 'R10', scope: 'case', check: casePerson.checkNoIdentityWithoutConsent },
  { id: 'R11', scope: 'case', check: casePerson.checkNoneObservationExclusive },
  { id: 'R12', scope: 'case', check: casePerson.checkSecondNationalityDiffers },
  { id: 'R13', scope: 'case', check: casePerson.checkStatelessHasNoSecondNationality },
  { id: 'R14', scope: 'case', check: casePerson.acceptNonMigrantResidence },
  { id: 'R15', scope: 'case', check: casePerson.checkNonMigrantInTransit },
  { id: 'R16', scope: 'case', check: casePerson.checkResidentAddressInHubCountry },
  { id: 'R17', scope: 'case', check: casePerson.checkWorkDetailsRequired },
  { id: 'R18', scope: 'case', check: casePerson.checkWorkDetailsOnlyWhenWorking },
  { id: 'R19', scope: 'case', check: caseServices.checkFirstServiceSet },
  { id: 'R20', scope: 'case', check: caseServices.checkSlotsWithoutGaps },
  { id: 'R21', scope: 'case', check: caseServices.checkNoServiceBeyondThree },
  { id: 'R22', scope: 'case', check: caseServices.checkServiceHasAction },
  { id: 'R23', scope: 'case', check: caseServices.checkEmptySlotHasNoDetails },
  { id: 'R24', scope: 'case', check: caseServices.checkReferralHasOrganization },
  { id: 'R25', scope: 'case', check: caseServices.checkOrganizationOnlyForReferral },
  { id: 'R26', scope: 'case', check: caseServices.checkNoRepeatedSlot },
  { id: 'R27', scope: 'case', check: caseVulnerability.checkVulnerabilityHasTypes },
  { id: 'R28', scope: 'case', check: caseVulnerability.checkNoVulnerabilityHasNoTypes },
  { id: 'R29', scope: 'case', check: caseVulnerability.checkUnaccompaniedChildReferral },
  { id: 'R30', scope: 'case', check: caseVulnerability.checkChildConditionAge },
  { id: 'R31', scope: 'case', check: caseVulnerability.checkTraffickingReferral },
  { id: 'R32', scope: 'case', check: caseVulnerability.checkProtectionReferral },
  { id: 'R33', scope: 'case', check: caseVulnerability.checkWomanAtRiskHasCondition },
  { id: 'R34', scope: 'case', check: caseVulnerability.checkWomanAtRiskGender },
  { id: 'R35', scope: 'activity', check: activity.checkActivityInHubCountry },
  { id: 'R36', scope: 'activity', check: activity.checkWorkshopHasPassCount },
  { id: 'R37', scope: 'activity', check: activity.checkPassCountOnlyForWorkshop },
  { id: 'R38', scope: 'activity', check: activity.checkPassCountWholeNumber },
  { id: 'R39', scope: 'activity', check: activity.checkPassCountWithinReach },
  { id: 'R40', scope: 'activity', check: activity.checkPercentageSteps },
  { id: 'R41', scope: 'activity', check: activity.checkUnmetNeedsDescribed },
  { id: 'R42', scope: 'activity', check: activity.checkNoNeedsTextWhenNo },
  { id: 'R43', scope: 'activity', check: activity.checkYoungAverageHasMinors },
  { id: 'R44', scope: 'activity', check: activity.checkAllMinorsHaveYoungAverage },
  // Added 2026-12-04 (FORM.md §6.3): age consistency of the person's answers.
  { id: 'R45', scope: 'case', check: caseAge.checkYoungChildCivilStatus },
  { id: 'R46', scope: 'case', check: caseAge.checkChildUnder12Works },
  { id: 'R47', scope: 'case', check: caseAge.checkSchoolLevelForAge },
];

export * from './activity.ts';
export * from './beside-field.ts';
export * from './case-age.ts';
export * from './case-person.ts';
export * from './case-services.ts';
export * from './case-vulnerability.ts';
export * from './catalog.ts';
export * from './context.ts';
export * from './fill-template.ts';
export * from './general.ts';
export * from './percentage.ts';
export * from './registration.ts';
export * from './violation.ts';
