package dev.kct.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplicantNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Sony Corp.|SONY",
                "SONY  CORPORATION|SONY",
                "sony|SONY",
                "Samsung Electronics Co., Ltd.|SAMSUNG ELECTRONICS",
                "SAMSUNG ELECTRONICS CO LTD|SAMSUNG ELECTRONICS",
                "Pizza Hut, Inc.|PIZZA HUT",
                "ESCO CORP|ESCO",
                "FAIRMONT FOODS CO|FAIRMONT FOODS",
                "Ford Motor Company|FORD MOTOR",
                "Mainspring Energy, L.L.C.|MAINSPRING ENERGY",
                "Siemens AG|SIEMENS",
                "SAP SE|SAP",
                "Robert Bosch GmbH|ROBERT BOSCH",
                "SCHIEBEL GES M B H|SCHIEBEL",
                "Allmatic-Jakob Spannsysteme GmbH & Co. KG|ALLMATIC JAKOB SPANNSYSTEME",
                "THALES SA|THALES",
                "LAZARILLO DE TORMES S L|LAZARILLO DE TORMES",
                "Parrot S.A.|PARROT",
                "Ask Industries S.p.A.|ASK INDUSTRIES",
                "Barilla G. e R. Fratelli S.r.l.|BARILLA G E R FRATELLI",
                "Koninklijke Philips N.V.|KONINKLIJKE PHILIPS",
                "Shell B.V.|SHELL",
                "Ericsson AB|ERICSSON",
                "Nokia Oyj|NOKIA",
                "Ehrno Flexible A/S|EHRNO FLEXIBLE",
                "Jaguar Land Rover Limited|JAGUAR LAND ROVER",
                "Vodafone Group PLC|VODAFONE GROUP",
                "Toyota Jidosha Kabushiki Kaisha|TOYOTA JIDOSHA",
                "Kabushiki Kaisha Toshiba|TOSHIBA",
                "Hitachi K.K.|HITACHI",
                "Fraunhofer-Gesellschaft e.V.|FRAUNHOFER GESELLSCHAFT",
                "株式会社東芝|東芝",
                "トヨタ自動車株式会社|トヨタ自動車",
                "(株)日立製作所|日立製作所",
                "华为技术有限公司|华为技术",
                "中国石油化工股份有限公司|中国石油化工",
                "ＳＯＮＹ　ＣＯＲＰ|SONY",
                "AG CHEM EUROPE|AG CHEM EUROPE",
                "SA RE CO INC|SA RE",
                "CO|CO",
                "Ltd.|LTD",
                "公司|公司",
                "...|''",
            })
    void removesPunctuationCaseAndLegalFormsAtTheEdges(String name, String key) {
        assertThat(ApplicantNames.normalize(name)).isEqualTo(key);
    }

    @org.junit.jupiter.api.Test
    void asciiFastPathAgreesWithTheUnicodePath() throws Exception {
        java.lang.reflect.Method unicode =
                ApplicantNames.class.getDeclaredMethod("unicodeUpperWithoutPunctuation", String.class);
        java.lang.reflect.Method ascii =
                ApplicantNames.class.getDeclaredMethod("asciiUpperWithoutPunctuation", String.class);
        unicode.setAccessible(true);
        ascii.setAccessible(true);
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        String alphabet = "aZ09 \t\n!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~xyQ";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = rnd.nextInt(12); k > 0; k--) b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            String name = b.toString();
            org.assertj.core.api.Assertions.assertThat(ascii.invoke(null, name))
                    .as(name)
                    .isEqualTo(unicode.invoke(null, name));
        }
    }
}
