import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { formFields, formOptionLists } from '@ventanilla/domain';
import { writeXlsform } from './build.ts';

const dir = mkdtempSync(join(tmpdir(), 'vt-xlsform-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sheetRows(sheet: ExcelJS.Worksheet): Record<string, string>[] {
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, string>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(
      Object.fromEntries(header.map((h, i) => [h, values[i] == null ? '' : String(values[i])])),
    );
  });
  return rows;
}

describe('ventanilla xlsform', () => {
  it('writes survey, choices and settings from the domain definitions', async () => {
    const path = join(dir, 'hubs_form.xlsx');
    await writeXlsform({
      registry: [
        { code: 'cri_upala', name: 'Upala', country: 'CRI', active: true },
        { code: 'pan_old', name: 'Old hub', country: 'PAN', active: false },
      ],
      out: path,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['survey', 'choices', 'settings']);

    const survey = sheetRows(workbook.getWorksheet('survey')!);
    expect(survey.slice(0, 4).map((r) => [r.type, r.name])).toEqual([
      ['start', 'start'],
      ['end', 'end'],
      ['today', 'today'],
      ['deviceid', 'deviceid'],
    ]);
    expect(survey[4]).toMatchObject({
      type: 'begin_group',
      name: 'registration',
      'label::English (en)': 'Registration',
    });
    const caseGroup = survey.find((r) => r.type === 'begin_group' && r.name === 'case')!;
    expect(caseGroup.relevant).toBe("${record_type} = 'case'");
    expect(survey.filter((r) => r.type === 'end_group')).toHaveLength(3);
    const names = survey
      .filter((r) => !/group$/u.test(r.type!))
      .map((r) => r.name)
      .slice(4);
    expect(names).toEqual(formFields.map((f) => f.name));
    const hub = survey.find((r) => r.name === 'hub')!;
    expect(hub).toMatchObject({
      type: 'select_one hub',
      required: 'yes',
      appearance: 'minimal autocomplete',
      choice_filter: "active = 'yes'",
      'label::Español (es)': 'Ventanilla',
    });
    const date = survey.find((r) => r.name === 'date')!;
    expect(date.constraint).toContain("date('2015-01-01')");
    expect(date['constraint_message::English (en)']).not.toBe('');
    expect(date['hint::Español (es)']).toMatch(/^El día/u);
    expect(survey.some((r) => r.type === 'note' && r.name!.startsWith('note_r'))).toBe(true);
    // FORM.md 2026-12-04: the age-consistency warnings are notes after the question they check.
    const after = (note: string) => names[names.indexOf(note) - 1];
    expect([after('note_r45'), after('note_r47'), after('note_r46')]).toEqual([
      'a7_civil_status',
      'a8_school_level',
      'a9_occupation',
    ]);
    const r46 = survey.find((r) => r.name === 'note_r46')!;
    expect(r46.relevant).toBe(
      "(${a5_age_range} = 'age_0_5' or ${a5_age_range} = 'age_6_11') and (${a9_occupation} = 'work' or ${a9_occupation} = 'study_and_work')",
    );
    expect(r46['label::Español (es)']).toMatch(/^Una niña o niño menor de 12 años que trabaja/u);
    expect(survey.find((r) => r.name === 'note_r31')!['label::English (en)']).toMatch(
      /the hub must refer .* informed consent/u,
    );

    const choices = sheetRows(workbook.getWorksheet('choices')!);
    const hubs = choices.filter((r) => r.list_name === 'hub');
    expect(hubs.map((r) => [r.name, r.active])).toEqual([
      ['cri_upala', 'yes'],
      ['pan_old', 'no'],
      ['other', 'yes'],
    ]);
    const actions = choices.filter((r) => r.list_name === 'action');
    expect(actions).toHaveLength(formOptionLists.action.options.length);
    expect(actions[0]!.requires_referral_org).toBe('no');
    expect(choices.every((r) => r['label::Español (es)'] && r['label::English (en)'])).toBe(true);

    const [settings] = sheetRows(workbook.getWorksheet('settings')!);
    expect(settings).toMatchObject({ form_id: 'hubs_form', default_language: 'Español (es)' });
  });
});
