import { schoolLevelList } from '../options/school-level.ts';
import { workingOccupations } from './case-person.ts';
import { createViolation, readString, type RuleCheck } from './context.ts';

/** The two bands under 12 that R45–R47 look at (§5.8). */
const under12 = ['age_0_5', 'age_6_11'];

/** R45: the civil statuses that only an adult or an older adolescent usually has. */
export const adultCivilStatuses: readonly string[] = [
  'married',
  'common_law',
  'separated',
  'divorced',
  'widowed',
];

/** R47: the lowest `order(a8_school_level)` (§5.11) that is not possible in each band. */
export const impossibleSchoolOrderFrom: Readonly<Record<string, number>> = {
  age_0_5: 2,
  age_6_11: 4,
};

/** §5.11 `order` of a school level; null for `unknown` or anything else. */
function schoolOrder(code: string | null): number | null {
  const option = schoolLevelList.options.find((o) => o.code === code);
  return option?.order ?? null;
}

/** R45 · Young child with an adult civil status (warning). */
export const checkYoungChildCivilStatus: RuleCheck = ({ record }) =>
  under12.includes(String(record.a5_age_range)) &&
  adultCivilStatuses.includes(String(record.a7_civil_status))
    ? [createViolation({ rule: 'R45', fields: ['a5_age_range', 'a7_civil_status'] })]
    : [];

/** R46 · Child under 12 who works: possible child labour (warning). */
export const checkChildUnder12Works: RuleCheck = ({ record }) =>
  under12.includes(String(record.a5_age_range)) &&
  workingOccupations.includes(String(record.a9_occupation))
    ? [createViolation({ rule: 'R46', fields: ['a5_age_range', 'a9_occupation'] })]
    : [];

/** R47 · School level beyond the age range (warning); `unknown` never fires. */
export const checkSchoolLevelForAge: RuleCheck = ({ record }) => {
  const limit = impossibleSchoolOrderFrom[String(record.a5_age_range)];
  const order = schoolOrder(readString(record, 'a8_school_level'));
  return limit !== undefined && order !== null && order >= limit
    ? [createViolation({ rule: 'R47', fields: ['a5_age_range', 'a8_school_level'] })]
    : [];
};
