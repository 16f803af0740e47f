import { CatalogueTranslation } from "./catalogue-translation";

/** Simplified Chinese. Terms as in Chinese Excel: 参数 (argument), 区域 (range), 单元格 (cell). */
export const ZH_CN: CatalogueTranslation = {
  "arg-missing": {
    template: "{arg} 为空。请输入一个数字。",
    advice: "请填写该参数引用的单元格，或直接输入数字。",
  },
  "arg-not-number": {
    template: "{arg} 必须是数字，不能是文本或 TRUE/FALSE。",
    advice: "请输入数字：不要加引号、单位或文本形式的 %。用 VALUE() 转换以文本形式存储的数字。",
  },
  "arg-not-single": {
    template: "{arg} 必须是单个值，而不是 {rows}×{cols} 的区域。",
    advice: "请引用单个单元格，而不是区域。",
  },
  "arg-bad-option": {
    template: "{arg} 必须是以下选项之一：{options}。",
    advice: "请输入列出的选项之一，并加上引号。",
  },
  "range-size-mismatch": {
    template: "{arg1} 为 {rows1}×{cols1}，而 {arg2} 为 {rows2}×{cols2}。两者大小必须相同。",
    advice: "请选择行数和列数都相同、且逐行对齐的区域。",
  },
  "range-not-vector": {
    template: "{arg} 必须是单行或单列，当前为 {rows}×{cols}。",
    advice: "请选择单行或单列。",
  },
  "item-not-date": {
    template: "{arg}：第 {item} 项（第 {row} 行，第 {col} 列）必须是日期或为空。",
    advice: "请输入真正的日期（而非文本），或将单元格留空。用 DATEVALUE() 转换文本形式的日期。",
  },
  "item-not-number": {
    template: "{arg}：第 {item} 项（第 {row} 行，第 {col} 列）必须是数字。",
    advice: "请在该单元格中输入数字。",
  },
  "item-not-flag": {
    template: "{arg}：第 {item} 项（第 {row} 行，第 {col} 列）必须是 TRUE、FALSE、1 或 0。",
    advice: "请在该单元格中输入 TRUE、FALSE、1 或 0。",
  },
  "not-non-negative": {
    template: "{arg} 不能为负数。",
    advice: "请输入 0 或更大的数。",
  },
  "not-integer": {
    template: "{arg} 必须是整数。",
    advice: "请输入整数。计算得到的值可用 ROUND(…, 0) 取整。",
  },
  "score-out-of-scale": {
    template: "{arg}：第 {item} 项为 {value}，超出 {min}..{max} 的范围。",
    advice: "请更正或删除该答案，或将 scale_max 设为调查实际使用的量表上限。",
  },
  "bad-scale": {
    template: "scale_max 必须是不小于 2 的整数。",
    advice: "请将 scale_max 设为调查量表的最高分，例如 5、7 或 10。",
  },
  "bad-threshold": {
    template: "{arg} 必须是 1 到 scale_max 之间的整数。",
    advice: "请选择 1 到 scale_max 之间的整数，或留空以使用默认值。",
  },
  "part-exceeds-whole": {
    template: "{part}（{a}）不能大于 {whole}（{b}）。",
    advice: "请检查两个值是否对应同一统计期间和同一批客户。",
  },
  "fraction-out-of-range": {
    template: "{arg} 必须介于 0 和 1 之间（例如 6.4% 或 0.064）。",
    advice: "请将比率输入为百分比（6.4%）或小数（0.064），而不是 6.4。",
  },
  "bad-confidence": {
    template: "{arg} 必须大于 0 且小于 1（例如 95% 或 0.95）。",
    advice: "请将置信水平输入为百分比（95%）或小数（0.95），或留空以使用 95%。",
  },
  "date-out-of-range": {
    template: "{arg} 必须是 1900 年到 9999 年之间的日期。",
    advice: "请输入 1900 年到 9999 年之间的日期。",
  },
  "date-order": {
    template: "{later}（{b}）早于 {earlier}（{a}）。",
    advice: "请检查这两个日期：较晚的日期不能早于较早的日期。",
  },
  "zero-denominator": {
    template: "{arg} 为零。",
    advice: "除数为零，因此该指标（KPI）无定义：请检查输入值或统计期间。",
  },
  "result-too-large": {
    template: "结果超出 Excel 可表示的范围（超过 ±1.8E308）。",
    advice: "请检查输入值的单位和数量级：其中某个值过大或过小。",
  },
  "no-values": {
    template: "{arg} 中没有有效值。",
    advice: "请检查区域是否引用了正确的单元格，且单元格中是数字而不是文本。",
  },
};
