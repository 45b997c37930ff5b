import { useEffect, useRef, useState, type DragEvent } from 'react';
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
  /** Handlers for a draggable row. */
  rowProps: (index: number) => {
    draggable: true;
    onDragStart: (e: DragEvent) => void;
    onDragOver: (e: DragEvent) => void;
    onDragLeave: () => void;
    onDrop: (e: DragEvent) => void;
    onDragEnd: () => void;
  };
  /** One step up or down from the keyboard (the arrow buttons); focus follows the stop. */
  moveBy: (index: number, dir: 'up' | 'down') => void;
}

/** Reordering the stops: drag and drop, and arrow buttons for keyboard and touch users. */
export function useReorder({ stops, move, onMoved }: Options): Reorder {
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dragOver, setDragOver] = useState<number | null>(null);
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
    setDragFrom(null);
    setDragOver(null);
  };

  const rowProps = (i: number): ReturnType<Reorder['rowProps']> => ({
    draggable: true,
    onDragStart: (e) => {
      e.dataTransfer.effectAllowed = 'move';
      e.dataTransfer.setData('text/plain', String(i));
      setDragFrom(i);
    },
    onDragOver: (e) => {
      if (dragFrom === null) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      setDragOver(i);
    },
    onDragLeave: () => setDragOver((o) => (o === i ? null : o)),
    onDrop: (e) => {
      e.preventDefault();
      const from = Number(e.dataTransfer.getData('text/plain'));
      const stop = stops[from];
      if (Number.isInteger(from) && from !== i && stop !== undefined) {
        move(from, i);
        onMoved(stop, i);
      }
      endDrag();
    },
    onDragEnd: endDrag,
  });

  return { isOver: (i) => dragOver === i && dragFrom !== null && dragFrom !== i, rowProps, moveBy };
}
