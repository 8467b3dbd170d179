"use client";

import { createContext, useContext, type ReactNode } from "react";

// The Chinese of the names the glossaries know (English form → Chinese), handed down by
// the quiz and review pages so answers and choices can read "比拉瓦尔 Bilawal Bhutto Zardari"
// in the Chinese interface.

const ChineseNames = createContext<Readonly<Record<string, string>>>({});

export function ChineseNamesProvider({ names, children }: { names: Readonly<Record<string, string>>; children: ReactNode }) {
  return <ChineseNames.Provider value={names}>{children}</ChineseNames.Provider>;
}

export function useChineseNames(): Readonly<Record<string, string>> {
  return useContext(ChineseNames);
}
