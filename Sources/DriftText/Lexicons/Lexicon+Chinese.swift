extension Lexicon {
    /// Chinese: negation (不, 没有), modality, numerals composed of characters (十三, 百分之五),
    /// days and months, quotation marks (「」, “”) and the directions of change. Words are the
    /// segmenter's (ICU's dictionary); there is no stemming.
    public static let chinese = Lexicon(
        language: "zh",
        functionWords: [
            "的", "了", "在", "是", "和", "与", "或", "也", "都", "就", "而", "及", "对", "把", "被", "从", "向", "为",
            "以", "于", "之", "这", "那", "他", "她", "它", "我", "你", "我们", "他们", "她们", "其", "该", "等", "着",
            "过",
        ],
        negations: ["不", "没", "没有", "未", "无", "别", "非", "勿", "不是", "不会", "不能", "从未", "并未"],
        modality: [
            "可能": "possibility", "也许": "possibility", "或许": "possibility", "预计": "expectation",
            "预期": "expectation", "将会": "expectation", "据报道": "report", "据称": "report", "据悉": "report",
            "涉嫌": "report", "似乎": "report",
        ],
        futureAuxiliaries: ["将", "将会", "会"],
        cardinals: [
            "零": 0, "〇": 0, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
            "十": 10,
        ],
        multipliers: ["十": 1, "百": 2, "千": 3, "万": 4, "亿": 8],
        percentPrefixes: ["百分之"],
        weakNumbers: ["一"],
        composesNumerals: true,
        measureWords: [
            "人", "个", "名", "位", "岁", "年", "天", "日", "次", "家", "件", "只", "条", "种", "项", "座", "元", "米",
            "倍", "辆", "台", "本", "张", "架", "艘", "例", "起", "所", "批", "场", "周", "小时", "分钟", "公里",
        ],
        weekdays: ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"],
        months: ["一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"],
        quotationMarks: ["“”", "「」", "『』"],
        directions: [
            "上升": "rise+", "上涨": "rise+", "增加": "rise+", "增长": "rise+", "提高": "rise+", "下降": "rise-",
            "下跌": "rise-", "减少": "rise-", "降低": "rise-", "赢": "win+", "获胜": "win+", "输": "win-", "失败": "win-",
            "开放": "open+", "打开": "open+", "关闭": "open-", "接受": "yes+", "同意": "yes+", "拒绝": "yes-", "之前": "before+",
            "之后": "before-", "允许": "allow+", "禁止": "allow-", "更多": "more+", "更少": "more-",
        ]
    )
}
