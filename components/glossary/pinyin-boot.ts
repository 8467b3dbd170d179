// The pinyin preference's storage key, and the inline script the layout runs before the
// first paint so pinyin above labels never flashes on or off. A plain module: the server
// layout imports the script text, the client store the key.
export const PINYIN_KEY = "showPinyin";

export const PINYIN_BOOT_SCRIPT = `try{document.documentElement.dataset.pinyin=localStorage.getItem("${PINYIN_KEY}")==="on"?"on":"off"}catch(e){}`;
