import { CatalogueTranslation } from "./catalogue-translation";

/** Romanian. Terms as in Romanian Excel: „argument”, „zonă” (range), „celulă”. */
export const RO: CatalogueTranslation = {
  "arg-missing": {
    template: "{arg} este gol. Introduceți un număr.",
    advice: "Completați celula la care se referă argumentul sau tastați un număr.",
  },
  "arg-not-number": {
    template: "{arg} trebuie să fie un număr, nu text sau TRUE/FALSE.",
    advice:
      "Introduceți un număr: fără ghilimele, unități sau % scris ca text. Convertiți numerele stocate ca text cu VALUE().",
  },
  "arg-not-single": {
    template: "{arg} trebuie să fie o singură valoare, nu o zonă de {rows}×{cols}.",
    advice: "Faceți referire la o singură celulă, nu la o zonă.",
  },
  "arg-bad-option": {
    template: "{arg} trebuie să fie una dintre opțiunile: {options}.",
    advice: "Tastați una dintre opțiunile din listă, între ghilimele.",
  },
  "range-size-mismatch": {
    template:
      "{arg1} are {rows1}×{cols1}, dar {arg2} are {rows2}×{cols2}. Trebuie să aibă aceeași dimensiune.",
    advice: "Selectați zone cu același număr de rânduri și coloane, aliniate rând cu rând.",
  },
  "range-not-vector": {
    template: "{arg} trebuie să fie un singur rând sau o singură coloană; are {rows}×{cols}.",
    advice: "Selectați un singur rând sau o singură coloană.",
  },
  "item-not-date": {
    template:
      "{arg}: elementul {item} (rândul {row}, coloana {col}) trebuie să fie o dată sau gol.",
    advice:
      "Introduceți o dată reală (nu text) sau lăsați celula goală. Convertiți datele scrise ca text cu DATEVALUE().",
  },
  "item-not-number": {
    template: "{arg}: elementul {item} (rândul {row}, coloana {col}) trebuie să fie un număr.",
    advice: "Introduceți un număr în acea celulă.",
  },
  "item-not-flag": {
    template:
      "{arg}: elementul {item} (rândul {row}, coloana {col}) trebuie să fie TRUE, FALSE, 1 sau 0.",
    advice: "Introduceți TRUE, FALSE, 1 sau 0 în acea celulă.",
  },
  "not-non-negative": {
    template: "{arg} nu poate fi negativ.",
    advice: "Introduceți 0 sau o valoare mai mare.",
  },
  "not-integer": {
    template: "{arg} trebuie să fie un număr întreg.",
    advice: "Introduceți un număr întreg. Încadrați o valoare calculată în ROUND(…, 0).",
  },
  "score-out-of-scale": {
    template: "{arg}: elementul {item} este {value}, în afara intervalului {min}..{max}.",
    advice:
      "Corectați sau eliminați acel răspuns ori setați scale_max la scala reală a sondajului.",
  },
  "bad-scale": {
    template: "scale_max trebuie să fie un număr întreg de cel puțin 2.",
    advice: "Setați scale_max la valoarea maximă a scalei sondajului, de exemplu 5, 7 sau 10.",
  },
  "bad-threshold": {
    template: "{arg} trebuie să fie un număr întreg de la 1 la scale_max.",
    advice:
      "Alegeți un număr întreg de la 1 la scale_max sau lăsați argumentul gol pentru valoarea implicită.",
  },
  "part-exceeds-whole": {
    template: "{part} ({a}) nu poate fi mai mare decât {whole} ({b}).",
    advice: "Verificați dacă ambele valori se referă la aceeași perioadă și la aceiași clienți.",
  },
  "fraction-out-of-range": {
    template: "{arg} trebuie să fie între 0 și 1 (de exemplu 6.4% sau 0.064).",
    advice: "Tastați rata ca procent (6.4%) sau ca fracție (0.064), nu ca 6.4.",
  },
  "bad-confidence": {
    template: "{arg} trebuie să fie mai mare decât 0 și mai mic decât 1 (de exemplu 95% sau 0.95).",
    advice:
      "Tastați nivelul de încredere ca procent (95%) sau ca fracție (0.95), ori lăsați-l gol pentru 95%.",
  },
  "date-out-of-range": {
    template: "{arg} trebuie să fie o dată între anii 1900 și 9999.",
    advice: "Introduceți date între anii 1900 și 9999.",
  },
  "date-order": {
    template: "{later} ({b}) este înainte de {earlier} ({a}).",
    advice: "Verificați cele două date: cea ulterioară nu poate fi înaintea celei anterioare.",
  },
  "zero-denominator": {
    template: "{arg} este zero.",
    advice:
      "Valoarea la care se împarte este zero, deci indicatorul (KPI) nu este definit: verificați datele de intrare sau perioada.",
  },
  "result-too-large": {
    template: "Rezultatul este prea mare pentru Excel (peste ±1.8E308).",
    advice:
      "Verificați unitățile și ordinul de mărime al datelor de intrare: una dintre valori este mult prea mare sau prea mică.",
  },
  "no-values": {
    template: "{arg} nu conține nicio valoare validă.",
    advice:
      "Verificați dacă zona se referă la celulele potrivite și dacă acestea conțin numere, nu text.",
  },
};
