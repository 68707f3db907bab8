// The page's words in the reader's language, rendered by the server (Pages/Candidate/Tests/_ScriptTexts.cshtml) and
// looked up by their English text, which is also what shows when a text is missing. "{0}" takes the first argument.
const texts = JSON.parse(document.getElementById('test-texts')?.dataset.texts ?? '{}');

export const t = (english, ...args) => (texts[english] ?? english).replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)]));
