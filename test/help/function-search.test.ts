/** The Functions tab's search over names and descriptions, in any of the pane's languages. */
import { FunctionMetadata } from "../../src/help/function-metadata";
import { searchFunctions } from "../../src/help/function-search";

const fn = (name: string, description: string) =>
  ({ id: name, name, description, parameters: [] }) as unknown as FunctionMetadata;
const FUNCTIONS = [
  fn("NPS", "Net Promoter Score from 0–10 answers."),
  fn("CHURN", "Customer churn rate: customers lost divided by customers at start."),
  fn("RENEWAL", "Rata de reînnoire a contractelor."),
  fn("CSAT", "رضا العملاء: نسبة الإجابات الراضية."),
  fn("TTV", "价值实现时间（天）。"),
];

test.each([
  ["", ["NPS", "CHURN", "RENEWAL", "CSAT", "TTV"]],
  ["nps", ["NPS"]],
  ["  CUSTOMERS  start ", ["CHURN"]],
  ["rat", ["CHURN", "RENEWAL"]], // "rate" and "Rata"
  ["reinnoire", ["RENEWAL"]], // without the Romanian accent
  ["العملاء", ["CSAT"]],
  ["价值", ["TTV"]],
  ["churn nps", []], // every word must match
  ["xyz", []],
])("%j → %j", (query, names) => {
  expect(searchFunctions(FUNCTIONS, query).map((f) => f.name)).toEqual(names);
});
