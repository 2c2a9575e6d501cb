import { actionList } from './action.ts';
import { activityTopicList } from './activity-topic.ts';
import { activityTypeList } from './activity-type.ts';
import { ageRangeList } from './age-range.ts';
import { attentionRouteList } from './attention-route.ts';
import { avgAgeBandList } from './avg-age-band.ts';
import { civilStatusList } from './civil-status.ts';
import { countryList, nationalityList } from './country.ts';
import { genderGroupList } from './gender-group.ts';
import { genderList } from './gender.ts';
import { hubList } from './hub.ts';
import { hubTypeList } from './hub-type.ts';
import { labourFormalityList } from './labour-formality.ts';
import { lifeStageList } from './life-stage.ts';
import { observationList } from './observation.ts';
import { occupationAreaList } from './occupation-area.ts';
import { occupationList } from './occupation.ts';
import type { OptionList } from './option.ts';
import { peopleReachedBandList } from './people-reached-band.ts';
import { profileList } from './profile.ts';
import { recordTypeList } from './record-type.ts';
import { residenceList } from './residence.ts';
import { schoolLevelList } from './school-level.ts';
import { serviceList } from './service.ts';
import { vulnerabilityTypeList } from './vulnerability-type.ts';
import { yesNoList } from './yes-no.ts';

/** The option lists used by form fields (§5.1–§5.21), keyed by XLSForm `list_name`. */
export const formOptionLists = {
  record_type: recordTypeList,
  hub: hubList,
  hub_type: hubTypeList,
  yes_no: yesNoList,
  country: countryList,
  nationality: nationalityList,
  observation: observationList,
  residence: residenceList,
  age_range: ageRangeList,
  gender: genderList,
  civil_status: civilStatusList,
  school_level: schoolLevelList,
  occupation: occupationList,
  occupation_area: occupationAreaList,
  labour_formality: labourFormalityList,
  service: serviceList,
  action: actionList,
  vulnerability_type: vulnerabilityTypeList,
  activity_type: activityTypeList,
  activity_topic: activityTopicList,
  people_reached_band: peopleReachedBandList,
  avg_age_band: avgAgeBandList,
} as const satisfies Record<string, OptionList>;

/** The analytics code lists of §5.22 (not form fields). */
export const analyticsOptionLists = {
  profile: profileList,
  attention_route: attentionRouteList,
  gender_group: genderGroupList,
  life_stage: lifeStageList,
} as const satisfies Record<string, OptionList>;

/** Every option list, keyed by list name. */
export const optionLists = { ...formOptionLists, ...analyticsOptionLists } as const;

export type FormListName = keyof typeof formOptionLists;
export type ListName = keyof typeof optionLists;

export * from './option.ts';
export * from './action.ts';
export * from './activity-topic.ts';
export * from './activity-type.ts';
export * from './age-range.ts';
export * from './attention-route.ts';
export * from './avg-age-band.ts';
export * from './civil-status.ts';
export * from './country.ts';
export * from './gender-group.ts';
export * from './gender.ts';
export * from './hub.ts';
export * from './hub-type.ts';
export * from './labour-formality.ts';
export * from './life-stage.ts';
export * from './observation.ts';
export * from './occupation-area.ts';
export * from './occupation.ts';
export * from './people-reached-band.ts';
export * from './profile.ts';
export * from './record-type.ts';
export * from './residence.ts';
export * from './school-level.ts';
export * from './service.ts';
export * from './vulnerability-type.ts';
export * from './yes-no.ts';
