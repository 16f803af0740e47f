import { HelpStrings } from "./en";

/** Romanian help page (ș and ț with comma below). */
export const HELP_RO: HelpStrings = {
  pageTitle: "Referința funcțiilor CS Metrics",
  functionTitle: "CS.{name}: ajutor CS Metrics",
  intro:
    "Tastați aceste funcții în orice celulă, de exemplu {example}. În zone contează doar numerele: celulele goale, textul și valorile TRUE/FALSE sunt ignorate.",
  loading: "Se încarcă…",
  loadFailed: "Referința funcțiilor nu a putut fi încărcată ({detail}). Reîncărcați pagina.",
  examples: "Exemple",
  errors: "Erori",
  formula: "Formulă",
  result: "Rezultat",
  note: "Notă",
  message: "Mesaj",
  advice: "Ce trebuie făcut",
  error: "Eroare",
  id: "ID",
  allFunctions: "Toate funcțiile",
  examplesAndErrors: "Exemple și erori",
  catalogueIntro:
    "O valoare de eroare dintr-un argument este returnată așa cum a venit. Altfel, rezultatul este una dintre erorile de mai jos; Excel afișează mesajul pentru #VALUE! și #N/A în meniul de eroare al celulei.",
  inputMessage: "(mesajul propriu al valorii de intrare)",
  inputAdvice: "Corectați eroarea din celula de intrare; funcția o transmite neschimbată.",
  range: "(zonă)",
  help: "Ajutor",
  blank: "(gol)",
};
