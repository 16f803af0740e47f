import { HelpStrings } from "./en";

/** Simplified Chinese help page. */
export const HELP_ZH_CN: HelpStrings = {
  pageTitle: "CS Metrics 函数参考",
  functionTitle: "CS.{name}：CS Metrics 帮助",
  intro:
    "可在任意单元格中键入这些函数，例如 {example}。区域中只计算数字：空白单元格、文本和 TRUE/FALSE 值会被跳过。",
  loading: "正在加载…",
  loadFailed: "无法加载函数参考（{detail}）。请重新加载页面。",
  examples: "示例",
  errors: "错误",
  formula: "公式",
  result: "结果",
  note: "说明",
  message: "消息",
  advice: "解决方法",
  error: "错误值",
  id: "ID",
  allFunctions: "所有函数",
  examplesAndErrors: "示例和错误",
  catalogueIntro:
    "参数中的错误值会原样返回。否则，结果为以下错误之一；Excel 会在单元格的错误菜单中显示 #VALUE! 和 #N/A 的消息。",
  inputMessage: "（输入值自身的消息）",
  inputAdvice: "请修正输入单元格中的错误；函数会原样传递该错误。",
  range: "（区域）",
  help: "帮助",
  blank: "（空白）",
};
