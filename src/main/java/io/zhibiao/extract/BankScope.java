package io.zhibiao.extract;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A bank's own figures: in a bank's report or news (本行资产总额…, 重庆农商银行各项存款余额…, 该行设有网点58个) the
 * balances, assets, profit, outlets and customers are that bank's, not the region's financial institutions' — a
 * different quantity, so they take the bank's codes rather than {@code deposits.balance} or {@code loans.balance}.
 */
final class BankScope {

    /** A bank as the subject: a named bank, branch or credit union, or 本行, 该行, 本集团. */
    private static final Pattern BANK = Pattern.compile(
            "(?<!人民|中央|政策性|开发性)银行(?!业|机构|间|卡|保险)|农商行|农信社|信用社|分行|支行|[工农中建交招]行|该行|本行|本集团");

    /** The central bank or a regulator reports on all the region's banks, not on its own. */
    private static final Pattern REGULATOR = Pattern.compile("人民银行|人行|央行|金融监管|银保监|监管局|金融办");

    /** Words that make a figure the whole region's, whatever bank the article is about. */
    private static final Pattern REGION_WIDE = Pattern.compile(
            "辖内|辖区|金融机构|银行业|各银行|各家银行|全国|全[省市区县州盟旗](?:人民币|本外币|各项|存款|贷款)");

    /** How much of an article's opening names its subject (its title and lead). */
    private static final int LEAD = 160;

    /** The bank's code for a region's code, and the words before the figure that must name it (null: any). */
    private record Mapping(String code, Pattern words) {
    }

    private static final Pattern ASSETS = Pattern.compile("(?:资产总额|总资产)(?:余额)?(?:为|达到?|突破)?$");

    private static final Map<String, Mapping> MAPPINGS = Map.ofEntries(
            Map.entry("deposits.balance", new Mapping("bank.deposits", null)),
            Map.entry("deposits.balance.yoy", new Mapping("bank.deposits.yoy", null)),
            Map.entry("deposits.balance.change", new Mapping("bank.deposits.change", null)),
            Map.entry("loans.balance", new Mapping("bank.loans", null)),
            Map.entry("loans.balance.yoy", new Mapping("bank.loans.yoy", null)),
            Map.entry("loans.balance.change", new Mapping("bank.loans.change", null)),
            Map.entry("industry.profit", new Mapping("bank.net_profit", Pattern.compile("净利润"))),
            Map.entry("industry.profit.yoy", new Mapping("bank.net_profit.yoy", Pattern.compile("净利润"))),
            Map.entry("other", new Mapping("bank.assets", ASSETS)),
            Map.entry("institutions.count", new Mapping("bank.branches", Pattern.compile("网点[^，。；]{0,3}$"))),
            Map.entry("households.served", new Mapping("bank.customers", Pattern.compile("客户[^，。；]{0,3}$"))),
            Map.entry("enterprises.covered", new Mapping("bank.customers", Pattern.compile("客户[^，。；]{0,3}$"))));

    private BankScope() {
    }

    /**
     * The bank's own code for a figure whose article or sentence is about one bank, else the code as read.
     *
     * @param before       the words right before the figure in its clause
     * @param t            the page's text
     * @param sentenceStart where the figure's sentence starts
     * @param articleStart where its article starts (its title and lead name its subject)
     */
    static String of(String code, String before, String t, int sentenceStart, int articleStart, int figureStart) {
        Mapping m = MAPPINGS.get(code); // most codes have no bank's own: nothing more is read for them
        if (m == null || m.words() != null && !m.words().matcher(before).find()) {
            return code;
        }
        String sentence = t.substring(sentenceStart, figureStart);
        String lead = t.substring(articleStart, Math.min(figureStart, articleStart + LEAD));
        if (REGION_WIDE.matcher(sentence).find() || REGULATOR.matcher(sentence).find()) {
            return code;
        }
        boolean named = BANK.matcher(sentence).find()
                || BANK.matcher(lead).find() && !REGULATOR.matcher(lead).find() && !REGION_WIDE.matcher(lead).find();
        return named ? m.code() : code;
    }
}
