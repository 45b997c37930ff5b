import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { PlanStop } from '../../domain/plan/plan.ts';

interface Options {
  stops: readonly PlanStop[];
  move: (from: number, to: number) => void;
  /** Called after every move (to announce it, and to drop a stale "optimised" note). */
  onMoved: (stop: PlanStop, to: number) => void;
}

export interface Reorder {
  /** The row a dragged stop is over (not its own), for the drop marker. */
  isOver: (index: number) => boolean;
  /** Where the dragged stop would land beside the row it is over: before it (moving up) or after it (moving down). */
  overSide: (index: number) => 'before' | 'after' | null;
  /** The row being dragged. */
  isDragging: (index: number) => boolean;
  /** Handlers for a row's grip: press it (mouse, pen or finger), move onto another row, let go. */
  gripProps: (index: number) => {
    onPointerDown: (e: ReactPointerEvent<HTMLElement>) => void;
    onPointerMove: (e: ReactPointerEvent<HTMLElement>) => void;
    onPointerUp: (e: ReactPointerEvent<HTMLElement>) => void;
    onPointerCancel: () => void;
    onLostPointerCapture: () => void;
  };
  /** One step up or down from the keyboard (the arrow buttons); focus follows the stop. */
  moveBy: (index: number, dir: 'up' | 'down') => void;
}

/**
 * The row under a pointer's height among the list's rows: the one it is inside, else the nearest (above the
 * first row: the first; below the last: the last). -1 for no rows.
 */
export function rowAt(y: number, rows: readonly { top: number; bottom: number }[]): number {
  let best = -1;
  let dist = Infinity;
  rows.forEach((r, i) => {
    const d = y < r.top ? r.top - y : y > r.bottom ? y - r.bottom : 0;
    if (d < dist) {
      dist = d;
      best = i;
    }
  });
  return best;
}

/**
 * Reordering the stops: drag a row by its grip with Pointer Events (one path for a mouse and a finger; the grip
 * has touch-action: none, so a finger drags instead of scrolling), and arrow buttons for the keyboard.
 * The dragged stop is the one whose grip was pressed, kept in a ref: never read back from event data (HTML5
 * drag and drop read it from dataTransfer, where an empty value became 0 and moved the first stop instead).
 */
export function useReorder({ stops, move, onMoved }: Options): Reorder {
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dragOver, setDragOver] = useState<number | null>(null);
  const drag = useRef<{ from: number; over: number; pointer: number; list: Element | null } | null>(null);
  const pendingFocus = useRef<{ site: string; dir: 'up' | 'down' } | null>(null);

  // Keyboard reordering: focus follows the moved stop (to the other arrow when it reached an end).
  useEffect(() => {
    const p = pendingFocus.current;
    if (p === null) return;
    pendingFocus.current = null;
    const row = document.querySelector<HTMLElement>(`.planner__stop[data-site-id="${p.site}"]`);
    const want = row?.querySelector<HTMLButtonElement>(`button[data-move="${p.dir}"]`);
    const other = row?.querySelector<HTMLButtonElement>(`button[data-move="${p.dir === 'up' ? 'down' : 'up'}"]`);
    (want && !want.disabled ? want : other)?.focus();
  }, [stops]);

  const moveBy = (index: number, dir: 'up' | 'down') => {
    const to = dir === 'up' ? index - 1 : index + 1;
    const stop = stops[index];
    if (stop === undefined || to < 0 || to >= stops.length) return;
    pendingFocus.current = { site: stop.site, dir };
    move(index, to);
    onMoved(stop, to);
  };

  const endDrag = () => {
    drag.current = null;
    setDragFrom(null);
    setDragOver(null);
  };

  const gripProps = (i: number): ReturnType<Reorder['gripProps']> => ({
    onPointerDown: (e) => {
      if (e.button !== 0 || drag.current !== null) return;
      e.preventDefault(); // no text selection, no native drag
      e.currentTarget.setPointerCapture?.(e.pointerId);
      drag.current = { from: i, over: i, pointer: e.pointerId, list: e.currentTarget.closest('ol') };
      setDragFrom(i);
      setDragOver(i);
    },
    onPointerMove: (e) => {
      const d = drag.current;
      if (d === null || e.pointerId !== d.pointer || d.list === null) return;
      const rows = [...d.list.querySelectorAll(':scope > .planner__stop')].map((r) => r.getBoundingClientRect());
      const over = rowAt(e.clientY, rows);
      if (over >= 0 && over !== d.over) {
        d.over = over;
        setDragOver(over);
      }
    },
    onPointerUp: (e) => {
      const d = drag.current;
      if (d === null || e.pointerId !== d.pointer) return;
      const stop = stops[d.from];
      endDrag();
      if (stop !== undefined && d.over !== d.from && d.over >= 0 && d.over < stops.length) {
        move(d.from, d.over);
        onMoved(stop, d.over);
      }
    },
    onPointerCancel: endDrag,
    onLostPointerCapture: () => {
      // pointerup comes first when the drag ends normally; a capture lost otherwise (the row re-rendered away) ends it.
      if (drag.current !== null) requestAnimationFrame(() => drag.current !== null && endDrag());
    },
  });

  return {
    isOver: (i) => dragOver === i && dragFrom !== null && dragFrom !== i,
    isDragging: (i) => dragFrom === i,
    overSide: (i) => (dragOver === i && dragFrom !== null && dragFrom !== i ? (dragFrom < i ? 'after' : 'before') : null),
    gripProps,
    moveBy,
  };
}
