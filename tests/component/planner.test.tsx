// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PlannerPanel from '../../src/features/planner/PlannerPanel.tsx';
import { AddToPlanButton } from '../../src/features/planner/AddToPlanButton.tsx';
import { useCallback, useReducer, useState } from 'react';
import { initialPlanState, loadPlan, usePlan } from '../../src/features/planner/use-plan.ts';
import type { PlanAction } from '../../src/features/planner/plan-state.ts';
import { appReducer, initialState } from '../../src/app/store.ts';
import { useUrlSync } from '../../src/app/use-url-sync.ts';
import { EMPTY_URL_STATE } from '../../src/domain/url/app-url.ts';
import { PLAN_CORRUPT_KEY, PLAN_STORAGE_KEY, serializeStoredPlan } from '../../src/domain/plan/plan-storage.ts';
import { decodePlan } from '../../src/domain/plan/plan-url.ts';
import type { SiteFeature } from '../../src/domain/schema/site.ts';
import { renderWithI18n, realSites } from './render.tsx';

const sites = realSites();
const byId = new Map(sites.map((s) => [s.id, s]));
const ids = sites.map((s) => s.id);
const FOUR = ['den-duom', 'atk-dinh-hoa', 'tin-keo', 'bao-tang-van-hoa-cac-dan-toc-viet-nam'];
const name = (id: string) => (byId.get(id)!.properties.shortName ?? byId.get(id)!.properties.name).vi;

/** The planner as the app runs it: the app store's plan slice and its one URL writer. */
function Harness({ site }: { site?: SiteFeature }) {
  const [boot] = useState(() => loadPlan(window.location.search, ids));
  const [state, dispatch] = useReducer(appReducer, boot, (b) => initialState(EMPTY_URL_STATE, initialPlanState(b)));
  useUrlSync(state, state, dispatch);
  const planDispatch = useCallback((action: PlanAction) => dispatch({ type: 'plan', action }), []);
  const api = usePlan(sites, state.plan, planDispatch, { writes: boot.writes, resets: state.resets });
  return (
    <>
      {site && <AddToPlanButton site={site} lang="vi" inPlan={api.inPlan.has(site.id)} onAdd={api.add} onRemove={api.removeSite} />}
      {api.open && <PlannerPanel api={api} sites={sites} byId={byId} lang="vi" selectedId={null} onSelectSite={() => undefined} />}
      <button type="button" onClick={() => api.setOpen(true)}>
        open
      </button>
      {/* What the kiosk's reset does to the store (src/features/kiosk/kiosk-reset.ts). */}
      <button type="button" onClick={() => dispatch({ type: 'reset', url: EMPTY_URL_STATE })}>
        kiosk reset
      </button>
    </>
  );
}

const order = () => [...document.querySelectorAll('.planner__stop')].map((li) => li.getAttribute('data-site-id'));
const storedOrder = () => (JSON.parse(localStorage.getItem(PLAN_STORAGE_KEY) ?? 'null') as { stops: { site: string }[] }).stops.map((s) => s.site);

function storePlan(stops: string[]) {
  localStorage.setItem(
    PLAN_STORAGE_KEY,
    serializeStoredPlan({ v: 1, start: { kind: 'preset', id: 'thai-nguyen-city' }, startTime: '07:00', stops: stops.map((site) => ({ site, minutes: 30 })) }),
  );
}

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('PlannerPanel keyboard reordering', () => {
  it('moves a stop with the move-down and move-up buttons from the keyboard; focus follows the stop', async () => {
    storePlan(FOUR);
    const user = userEvent.setup();
    renderWithI18n(<Harness />);
    await user.click(screen.getByRole('button', { name: 'open' }));
    expect(order()).toEqual(FOUR);

    // Tab to "move Đền Đuổm down" and press Enter twice: it becomes the third stop.
    const down = screen.getByRole('button', { name: `Chuyển ${name('den-duom')} xuống sau` });
    down.focus();
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['atk-dinh-hoa', 'den-duom', 'tin-keo', 'bao-tang-van-hoa-cac-dan-toc-viet-nam']);
    expect(document.activeElement?.getAttribute('aria-label')).toBe(`Chuyển ${name('den-duom')} xuống sau`);
    await user.keyboard(' ');
    expect(order()).toEqual(['atk-dinh-hoa', 'tin-keo', 'den-duom', 'bao-tang-van-hoa-cac-dan-toc-viet-nam']);
    expect(screen.getByText(`Đã chuyển ${name('den-duom')} đến vị trí 3/4.`)).toBeTruthy();

    // To the end: the down button is disabled there, so focus moves to the same stop's up button.
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['atk-dinh-hoa', 'tin-keo', 'bao-tang-van-hoa-cac-dan-toc-viet-nam', 'den-duom']);
    expect(document.activeElement?.getAttribute('aria-label')).toBe(`Chuyển ${name('den-duom')} lên trước`);
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['atk-dinh-hoa', 'tin-keo', 'den-duom', 'bao-tang-van-hoa-cac-dan-toc-viet-nam']);

    // Saved and in the address, in the new order; other keys of the address untouched.
    await waitFor(() => expect(storedOrder()).toEqual(order()));
    const decoded = decodePlan(new URLSearchParams(window.location.search).get('plan') ?? '', ids);
    expect(decoded.ok && decoded.plan.stops.map((s) => s.site)).toEqual(order());
  });

  it('forgets the plan when the kiosk resets for the next visitor', async () => {
    storePlan(FOUR);
    renderWithI18n(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    expect(order()).toEqual(FOUR);
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'kiosk reset' }));
    });
    expect(document.querySelector('#planner')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    expect(order()).toEqual([]);
    expect(localStorage.getItem(PLAN_STORAGE_KEY)).toBeNull();
    expect(new URLSearchParams(window.location.search).get('plan')).toBeNull();
  });

  it('closes on Escape', async () => {
    storePlan(FOUR);
    renderWithI18n(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    fireEvent.keyDown(screen.getByRole('heading', { name: 'Lịch trình tham quan' }), { key: 'Escape' });
    expect(document.querySelector('#planner')).toBeNull();
  });

  it('disables move-up on the first stop and move-down on the last', async () => {
    storePlan(FOUR);
    renderWithI18n(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    expect((screen.getByRole('button', { name: `Chuyển ${name('den-duom')} lên trước` }) as HTMLButtonElement).disabled).toBe(true);
    const last = FOUR[3]!;
    expect((screen.getByRole('button', { name: `Chuyển ${name(last)} xuống sau` }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('reorders by dragging a grip with pointer events: the pressed stop moves to the row it is let go over', async () => {
    storePlan(FOUR);
    renderWithI18n(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    // jsdom has no layout: give each row a 60 px box, top to bottom.
    const place = () =>
      document.querySelectorAll('.planner__stop').forEach((row, k) => {
        (row as HTMLElement).getBoundingClientRect = () => ({ top: k * 60, bottom: k * 60 + 60, left: 0, right: 300, width: 300, height: 60, x: 0, y: k * 60, toJSON: () => ({}) });
      });
    place();
    const grip = (k: number) => document.querySelectorAll<HTMLElement>('.planner__grip')[k]!;
    // The fourth stop, dragged up onto the first row (as a finger would: pointerType touch).
    fireEvent.pointerDown(grip(3), { button: 0, pointerId: 7, pointerType: 'touch', clientY: 210 });
    fireEvent.pointerMove(grip(3), { pointerId: 7, pointerType: 'touch', clientY: 120 });
    fireEvent.pointerMove(grip(3), { pointerId: 7, pointerType: 'touch', clientY: 20 });
    expect(document.querySelectorAll('.planner__stop')[0]!.className).toContain('planner__stop--over');
    fireEvent.pointerUp(grip(3), { pointerId: 7, pointerType: 'touch', clientY: 20 });
    expect(order()).toEqual(['bao-tang-van-hoa-cac-dan-toc-viet-nam', 'den-duom', 'atk-dinh-hoa', 'tin-keo']);
    // The (new) first stop, dragged down with a mouse onto the third row.
    place();
    fireEvent.pointerDown(grip(0), { button: 0, pointerId: 1, pointerType: 'mouse', clientY: 30 });
    fireEvent.pointerMove(grip(0), { pointerId: 1, pointerType: 'mouse', clientY: 150 });
    fireEvent.pointerUp(grip(0), { pointerId: 1, pointerType: 'mouse', clientY: 150 });
    expect(order()).toEqual(['den-duom', 'atk-dinh-hoa', 'bao-tang-van-hoa-cac-dan-toc-viet-nam', 'tin-keo']);
    // Let go over its own row: nothing moves.
    place();
    fireEvent.pointerDown(grip(1), { button: 0, pointerId: 2, pointerType: 'mouse', clientY: 90 });
    fireEvent.pointerUp(grip(1), { pointerId: 2, pointerType: 'mouse', clientY: 95 });
    expect(order()).toEqual(['den-duom', 'atk-dinh-hoa', 'bao-tang-van-hoa-cac-dan-toc-viet-nam', 'tin-keo']);
  });

  it('adds from a site, shows "in the plan", builds a timetable with totals and estimated legs', async () => {
    const duom = byId.get('den-duom')!;
    renderWithI18n(<Harness site={duom} />);
    const add = screen.getByRole('button', { name: 'Thêm vào lịch trình' });
    expect(add.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(add);
    const added = screen.getByRole('button', { name: 'Đã có trong lịch trình' });
    expect(added.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    const stops = screen.getByRole('list', { name: 'Các điểm theo thứ tự' });
    expect(within(stops).getAllByRole('listitem')).toHaveLength(1);
    expect(stops.textContent).toMatch(/km · \d+ phút \(ước tính\)/);
    expect(screen.getByText('Tổng quãng đường')).toBeTruthy();
    expect(document.querySelector('.planner__return')?.textContent).toContain('Về đến thành phố Thái Nguyên');
    await waitFor(() => expect(document.querySelector('.planner__qr-code svg')).not.toBeNull());
  });

  it('warns when the day ends after sunset and when a stop is only placed at its commune centre', async () => {
    const centroid = sites.find((s) => s.properties.location.confidence === 'commune-centroid');
    const stops = centroid ? [...FOUR, centroid.id] : FOUR;
    localStorage.setItem(
      PLAN_STORAGE_KEY,
      serializeStoredPlan({ v: 1, start: { kind: 'preset', id: 'thai-nguyen-city' }, startTime: '13:00', stops: stops.map((site) => ({ site, minutes: 90 })) }),
    );
    renderWithI18n(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    const warnings = screen.getByRole('list', { name: 'Lưu ý' });
    expect(warnings.textContent).toContain('Về sau khi mặt trời lặn');
    if (centroid) expect(warnings.textContent).toContain('chỉ có vị trí trung tâm xã');
  });

  it('ticking "Nghỉ trưa" puts lunch after the stop that ends nearest to 11:30; the teacher can still move it', async () => {
    storePlan(FOUR); // 30 minutes each from 07:00: the second stop ends long before 11:30
    renderWithI18n(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    const ends = [...document.querySelectorAll('.planner__times')].map((e) => {
      const [h, m] = (e.textContent ?? '').split('–')[1]!.split(':').map(Number);
      return h! * 60 + m!;
    });
    const nearest = ends.reduce((b, m, i) => (Math.abs(m - 690) < Math.abs(ends[b]! - 690) ? i : b), 0);
    expect(nearest).not.toBe(1);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Nghỉ trưa' }));
    const after = screen.getByRole('combobox', { name: 'Sau điểm' }) as HTMLSelectElement;
    expect(Number(after.value)).toBe(nearest);
    fireEvent.change(after, { target: { value: '0' } });
    expect((screen.getByRole('combobox', { name: 'Sau điểm' }) as HTMLSelectElement).value).toBe('0');
    expect(document.querySelector('.planner__stop .planner__lunch-row')).not.toBeNull();
  });

  it('says each kind of warning once, naming its stops, and gives an incomplete total as "ít nhất", never a confident one', async () => {
    // Six sites placed at the one Điềm Mặc point (commune centre), then a site with no position.
    const diemMac = ['doi-khau-ty', 'phung-hien-truong-chinh', 'noi-thanh-lap-hoi-nha-bao-viet-nam', 'tong-bo-viet-minh-hoang-quoc-viet', 'ban-nong-van-hoi-nong-dan-cuu-quoc', 'doi-co-ban-bac'];
    storePlan([...diemMac, 'noi-thanh-lap-doi-tnxp-dau-tien']);
    renderWithI18n(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    const lines = within(screen.getByRole('list', { name: 'Lưu ý' })).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Các điểm 1 \(.+\), 2 \(.+\), 3 .+ và 6 \(.+\) chỉ có vị trí trung tâm xã/);
    expect(lines.filter((l) => l.includes('Chưa biết quãng đường đến các điểm 2'))).toHaveLength(1);
    expect(lines.some((l) => l.startsWith('Điểm 7 ('))).toBe(true);
    // 5 legs between stops on one point and the way to the stop without a position: 6 of 8 legs unknown.
    const totals = document.querySelector('.planner__totals')!.textContent ?? '';
    expect(totals).toContain('ít nhất');
    expect(totals).toContain('hoặc muộn hơn');
    expect(screen.getByText(/Chưa tính 6\/8 chặng chưa rõ quãng đường/)).toBeTruthy();
    expect(document.querySelectorAll('.planner__stop')[1]!.textContent).toContain('chưa rõ quãng đường, chưa tính thời gian đi');
  });

  it('shows a notice for a corrupt saved plan and keeps working', async () => {
    localStorage.setItem(PLAN_STORAGE_KEY, '{"v":1,"stops":[{"site":');
    renderWithI18n(<Harness site={byId.get('tin-keo')!} />);
    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    expect(screen.getByText(/Lịch trình đã lưu trên máy này bị hỏng/)).toBeTruthy();
    expect(localStorage.getItem(PLAN_CORRUPT_KEY)).toBe('{"v":1,"stops":[{"site":');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Thêm vào lịch trình' }));
    });
    expect(order()).toEqual(['tin-keo']);
  });
});
