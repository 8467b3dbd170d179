"use client";

import { useId, useRef, useState, type FocusEvent, type PointerEvent } from "react";
import type { TermCard } from "@/lib/glossary/term-card";
import { ListenButton } from "./ListenButton";
import { announceTerm } from "./TermAnnouncer";

export type GlossaryTermLabels = { listenZh: string; kind: string };

type GlossaryTermProps = { text: string; card: TermCard; labels: GlossaryTermLabels };

/**
 * A glossary term in the English text. Hover (mouse), focus (keyboard) or a tap opens a
 * small card with the Chinese, its pinyin and a listen button; Escape or leaving closes
 * it. What the card says is also announced through the page's polite live region (TermAnnouncer). On a phone the
 * card sits at the bottom of the screen, where a thumb reaches and nothing is cut off.
 */
export function GlossaryTerm({ text, card, labels }: GlossaryTermProps) {
  const [open, setOpen] = useState(false);
  const pinned = useRef(false);
  const id = useId();
  const show = (next: boolean) => {
    setOpen(next);
    announceTerm(next ? { zh: card.zhFull ?? card.zh, pinyin: card.pinyin } : null);
  };
  const close = () => {
    pinned.current = false;
    show(false);
  };
  const onBlur = (event: FocusEvent<HTMLSpanElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) close();
  };
  const onPointerLeave = (event: PointerEvent) => {
    if (event.pointerType === "mouse" && !pinned.current) show(false);
  };
  return (
    <span className="relative inline" onBlur={onBlur} onPointerLeave={onPointerLeave} onKeyDown={(event) => event.key === "Escape" && close()}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onPointerEnter={(event) => event.pointerType === "mouse" && show(true)}
        onFocus={() => show(true)}
        onClick={() => {
          pinned.current = !pinned.current || !open;
          show(pinned.current);
        }}
        className="glossary-term cursor-help rounded-sm text-left underline decoration-red-700 decoration-dotted decoration-2 underline-offset-4 hover:bg-red-50"
      >
        {text}
      </button>
      <span
        id={id}
        hidden={!open}
        className="absolute top-full left-0 z-20 mt-1 block w-max max-w-[min(20rem,80vw)] rounded-md border border-slate-300 bg-white p-3 text-base leading-snug text-slate-900 shadow-lg max-sm:fixed max-sm:inset-x-3 max-sm:top-auto max-sm:bottom-3 max-sm:w-auto max-sm:max-w-none"
      >
        <span className="flex items-center gap-2">
          <span lang="zh" className="text-xl font-semibold">
            {card.zhFull ?? card.zh}
          </span>
          <ListenButton text={card.zhFull ?? card.zh} language="zh" label={labels.listenZh} />
        </span>
        <span lang="zh-Latn" className="mt-1 block text-slate-700">
          {card.pinyin}
        </span>
        <span className="mt-1 block text-sm text-slate-600">
          {labels.kind}
          {card.title ? (
            <>
              {" · "}
              <span lang="en">{card.title}</span>
            </>
          ) : null}
        </span>
      </span>
    </span>
  );
}
