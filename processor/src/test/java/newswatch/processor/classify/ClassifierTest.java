package newswatch.processor.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassifierTest {
    static final RuleSet RULES = RuleSet.load(Path.of("../conf/rules.yaml"));
    final Classifier classifier = new Classifier(RULES, false);

    private List<String> flagged(String title, String body) {
        return classifier.classify(title, body, "en").flagged().stream().map(CategoryResult::category).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        North Korean diplomat in Italy defects to South Korea | The acting ambassador left the embassy in Rome with his family, Seoul's unification ministry said.
        Soldier crosses DMZ | A North Korean soldier crossed the military demarcation line in the central section of the border on Tuesday and is in the custody of the South Korean military, the Joint Chiefs of Staff said.
        Workers sent abroad slip away | Several North Korean workers in Russia escaped from a construction site in Vladivostok and asked for help to reach Seoul.
        China returns hundreds | China forcibly repatriated about 500 North Koreans who had fled across the Tumen river, activists said, and many defectors now face punishment in Pyongyang.
        Fishermen seek asylum | Two North Korean fishermen who drifted across the Northern Limit Line told officials they wanted to stay in the South.
        Record number of defectors resettle | The number of North Korean defectors arriving in South Korea rose last year; most spend three months at the Hanawon resettlement centre.
        탈북민 2명 귀순 | 북한 주민 2명이 목선을 타고 동해 북방한계선을 넘어 귀순 의사를 밝혔다고 합동참모본부가 밝혔다.
        북한 외교관 망명 | 주쿠웨이트 북한 대사관 소속 외교관이 한국으로 망명한 것으로 확인됐다.
        North Korean boxer disappears from team hotel in Bangkok | A North Korean boxer went missing from the team hotel after the tournament, and officials believe she is trying to reach the South.
        Iranian footballers stay behind in Australia | Three members of Iran's national team did not return home after the tournament and have applied for asylum in Sydney, their lawyer said.
        북한이탈 여성 취업 박람회 | 북한이탈 여성 200명이 참가한 취업 박람회가 서울에서 열렸다.
        """)
    void flagsDefection(String title, String body) {
        assertThat(flagged(title, body)).contains("defection");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        UN inquiry on North Korea | The UN Commission of Inquiry on human rights in the DPRK found that systematic violations amount to crimes against humanity.
        Inside the camps | Satellite images show North Korea has expanded Kwanliso No. 25, a political prison camp where tens of thousands are held.
        Public executions reported | Residents of Hyesan were forced to watch the public execution of three people accused of distributing South Korean dramas, a North Korea monitoring group said.
        Call for ICC referral | Rights groups urged the Security Council to refer North Korea's leaders to the International Criminal Court for crimes against humanity.
        US sanctions officials | The Treasury sanctioned three North Korean officials over serious human rights abuses, including forced labour at overseas sites.
        Teenagers punished | Two teenagers in Pyongyang were sentenced to 12 years of hard labour for watching K-dramas, in a crackdown on foreign media under the anti-reactionary thought law.
        Abductees' families | Families of Japanese citizens abducted by North Korea in the 1970s and 1980s met the prime minister.
        북한 인권 보고서 | 통일부는 북한 정치범수용소에서 공개처형과 강제노동이 계속되고 있다는 탈북민 증언을 담은 인권 보고서를 발간했다.
        Villagers assembled for a shooting | Residents of a county in North Hamgyong were assembled to watch as a man accused of stealing a cow was shot by security officers.
        Conscripts describe life in North Korean army | Former soldiers said beatings by officers and senior soldiers were routine in their units near the DMZ.
        Man taken from Niigata beach in 1978 remembered | The man was snatched from a beach in Niigata by North Korean agents, according to Japanese police.
        Workers in Moscow saw a fraction of their earnings | North Korean construction workers in Moscow received only a fraction of their earnings; they worked unpaid for months.
        Egyptian detainees describe shocks | Former detainees said they were given electric shocks during interrogation at a state security building in Cairo.
        장애인 가구 평양서 추방 | 평양시 당국이 장애인이 있는 가구를 지방으로 추방했다고 소식통이 전했다.
        """)
    void flagsHumanRights(String title, String body) {
        assertThat(flagged(title, body)).contains("human-rights");
    }

    @Test
    void flagsBothWhenAnEscapeeTestifiesAboutCamps() {
        assertThat(flagged("Defector describes torture in North Korean prison camp",
                "A woman who fled North Korea in 2019 told the UN Human Rights Council she was beaten and tortured during interrogation after being forcibly repatriated from China."))
                .containsExactly("defection", "human-rights");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        MP defects to Reform | The Conservative MP for Clacton said he would defect to Reform UK, the second Tory defection this month.
        Striker flees to rivals | The striker fled the club for their bitter rivals in a record transfer after a row with the manager.
        Carmaker recalls SUVs | The company is recalling 200,000 vehicles over airbag defects that could cause injuries in a crash.
        Missile launch | North Korea fired a ballistic missile into the sea off its east coast on Thursday, Japan's defence ministry said, the latest in a series of weapons tests condemned by Seoul and Washington.
        ICC announces schedule | The ICC confirmed the T20 World Cup schedule; India will play Pakistan in Colombo, the International Cricket Council said.
        Tax changes | The new law eases the repatriation of profits by foreign companies and cuts tax on dividends.
        Trade sanctions | The US imposed new sanctions on North Korean shipping firms accused of smuggling oil and coal in breach of UN limits.
        Storm warning | Heavy rain and strong winds are expected across Seoul and Pyongyang this weekend, forecasters said.
        Kim visits factory | Kim Jong Un inspected a fertiliser factory and ordered officials to execute the production plan ahead of schedule, KCNA said.
        Hooded gunmen hold bank staff | Police said hooded gunmen held staff at a bank in Lyon for two hours before fleeing.
        Rice planting mobilisation begins | North Korean students and office workers were sent to farms in rural counties for rice transplanting, state media said.
        Drama review: The Border | In the new series a North Korean officer is made to watch as his friend is shot, a cliche the show never escapes.
        Survey of recent arrivals finds rice prices rising | A survey of 300 people who left North Korea last year found that rice prices in markets doubled, a Seoul institute said.
        """)
    void ignoresHardNegatives(String title, String body) {
        assertThat(flagged(title, body)).isEmpty();
    }

    @Test
    void explainsWithRuleTermFieldPositionsAndSnippet() {
        CategoryResult r = classifier.classify("Diplomat defects",
                "Officials said a North Korean diplomat defected to South Korea last month.", "en").results().get("defection");
        assertThat(r.flagged()).isTrue();
        assertThat(r.matches()).anySatisfy(m -> {
            assertThat(m.rule()).isEqualTo("defect-verb");
            assertThat(m.field()).isEqualTo("body");
            assertThat(m.term()).isEqualTo("defected");
            assertThat(m.positions()).containsExactly(6);
        });
        assertThat(r.matches()).anySatisfy(m -> assertThat(m.field()).isEqualTo("title"));
        assertThat(r.snippet()).contains("[[defected]]").contains("[[diplomat]]");
        assertThat(r.score()).isGreaterThanOrEqualTo(r.threshold());
    }

    @Test
    void countsTitleMatchesMoreThanBodyMatches() {
        double inTitle = classifier.classify("North Korean defector speaks", "An interview.", "en").results().get("defection").score();
        double inBody = classifier.classify("An interview", "North Korean defector speaks.", "en").results().get("defection").score();
        assertThat(inTitle).isEqualTo(2 * inBody);
    }

    @Test
    void reportsNegativeContextsThatCancelledAMatch() {
        CategoryResult r = classifier.classify(null,
                "Pyongyang was mentioned once. Separately, a Labour MP will defect to the party of her rival.", "en")
                .results().get("defection");
        assertThat(r.flagged()).isFalse();
        assertThat(r.negatives()).anyMatch(n -> n.startsWith("defect-verb"));
    }

    @Test
    void closedGateZeroesTheScore() {
        CategoryResult r = classifier.classify("Defector speaks", "A defector who fled described his escape.", "en")
                .results().get("defection");
        assertThat(r.score()).isZero();
        assertThat(r.negatives()).anyMatch(n -> n.contains("requires."));
    }
}
