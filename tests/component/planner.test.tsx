// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PlannerPanel from '../../src/features/planner/PlannerPanel.tsx';
import { AddToPlanButton } from '../../src/features/planner/AddToPlanButton.tsx';
import { usePlan } from '../../src/features/planner/use-plan.ts';
import { RESET_EVENT } from '../../src/features/kiosk/kiosk-reset.ts';
import { PLAN_CORRUPT_KEY, PLAN_STORAGE_KEY, serializeStoredPlan } from '../../src/domain/plan/plan-storage.ts';
import { decodePlan } from '../../src/domain/plan/plan-url.ts';
import type { SiteFeature } from '../../src/domain/schema/site.ts';
import { renderWithI18n, realSites } from './render.tsx';

const sites = realSites();
const byId = new Map(sites.map((s) => [s.id, s]));
const ids = sites.map((s) => s.id);
const FOUR = ['den-duom', 'atk-dinh-hoa', 'tin-keo', 'bao-tang-van-hoa-cac-dan-toc-viet-nam'];
const name = (id: string) => (byId.get(id)!.properties.shortName ?? byId.get(id)!.properties.name).vi;

function Harness({ site }: { site?: SiteFeature }) {
  const api = usePlan(sites);
  return (
    <>
      {site && <AddToPlanButton site={site} lang="vi" inPlan={api.inPlan.has(site.id)} onAdd={api.add} onRemove={api.removeSite} />}
      {api.open && <PlannerPanel api={api} sites={sites} byId={byId} lang="vi" selectedId={null} onSelectSite={() => undefined} />}
      <button type="button" onClick={() => api.setOpen(true)}>
        open
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
      window.dispatchEvent(new CustomEvent(RESET_EVENT));
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

  it('reorders by drag and drop', async () => {
    storePlan(FOUR);
    renderWithI18n(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    const rows = document.querySelectorAll('.planner__stop');
    const data = new Map<string, string>();
    const dataTransfer = { setData: (k: string, v: string) => data.set(k, v), getData: (k: string) => data.get(k) ?? '', effectAllowed: '', dropEffect: '' };
    fireEvent.dragStart(rows[3]!, { dataTransfer });
    fireEvent.dragOver(rows[0]!, { dataTransfer });
    fireEvent.drop(rows[0]!, { dataTransfer });
    expect(order()).toEqual(['bao-tang-van-hoa-cac-dan-toc-viet-nam', 'den-duom', 'atk-dinh-hoa', 'tin-keo']);
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
