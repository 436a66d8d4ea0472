import { load } from 'cheerio';
import { NEED_CODES, SETTING_TYPES } from '@send/statutory';
import { renderView } from '../../web/render.js';
import { inclusionPlanSpec, registerSettingSpec, wholeNumberFrom } from './settings.view-model.js';
import { stepFormModel, stepValuesFrom } from './step-form.js';
import { STEP_VIEW } from './step-page.js';

const layout = { cspNonce: 'n', csrfToken: 'tok', serviceName: 'SEND casework', navigation: [], idleMinutes: 20, demo: false };
const render = (model: object) => load(renderView(STEP_VIEW, { ...layout, ...model }));

describe('the registry forms', () => {
  it('register a setting with the API’s types and SEN2 needs, phases and needs as lists', () => {
    const spec = registerSettingSpec();
    const $ = render(stepFormModel(spec, stepValuesFrom(spec, { needs: 'SLCN', phases: ['primary'] }), 'k'));
    expect($('form').attr('action')).toBe('/settings');
    expect(
      $('input[name=type]')
        .map((_, i) => $(i).val())
        .get(),
    ).toEqual([...SETTING_TYPES]);
    expect($('input[name=needs]').length).toBe(NEED_CODES.length);
    expect($('input[name=needs]:checked').val()).toBe('SLCN');
    expect($('input[name=phases]:checked').val()).toBe('primary');
  });

  it('publish the inclusion plan from the registered settings', () => {
    const $ = render(stepFormModel(inclusionPlanSpec([{ settingId: 'urn-1', name: 'Oakwood' }]), {}, 'k'));
    expect($('input[name=settingIds]').val()).toBe('urn-1');
    expect($('input[name=publishedOn-day]').length).toBe(1);
  });

  it('send whole numbers as numbers and anything else as typed', () => {
    expect([wholeNumberFrom('12'), wholeNumberFrom('twelve'), wholeNumberFrom(undefined)]).toEqual([12, 'twelve', undefined]);
  });
});
