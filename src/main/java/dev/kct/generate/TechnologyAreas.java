package dev.kct.generate;

import java.util.List;

/**
 * The technology areas of the synthetic corpus, with 282 real IPC subclasses. Area weights fall off
 * roughly as Zipf's law (computing and AI largest, drones smallest but fastest growing); country
 * mixes follow the broad pattern of real filings: China strong in telecom, computing, batteries,
 * machinery and food and weak in semiconductors, pharmaceuticals, medical devices and optics;
 * the US, Japan, Korea, Taiwan and the Netherlands strong in semiconductors; the US and Switzerland in
 * pharmaceuticals; Japan and Germany in vehicles and machinery. Country order: {@link Countries#CODES}.
 */
final class TechnologyAreas {

    private TechnologyAreas() {}

    //                                   CN  US  JP  KR  DE  FR  GB  NL  CH  TW  IN  SE  FI  IT  CA  IL
    static final List<TechnologyArea> ALL = List.of(
            area(
                    "computing",
                    0.22,
                    0.10,
                    1.0,
                    3.0,
                    0.10,
                    "G06F G06Q G06N G06T G06V G16H G10L G06K G05B G09G G11B G09B G07C G16Y G07F G16B G16C G06M G07D G06E",
                    mix(32, 35, 8, 8, 3, 1.5, 3, .8, .8, 1.5, 3, .5, .3, .3, 1.5, 1.5),
                    "telecom drones medical",
                    "data processing system|neural network accelerator|storage device|image recognition model|recommendation engine|distributed database|speech recognition system|virtual machine host|user interface|payment platform|electronic health record system|robot controller",
                    "memory controller|cache|instruction pipeline|attention layer|training data set|feature extractor|query planner|task scheduler|encryption module|touch panel driver|graph index|classifier",
                    "training a machine learning model|processing natural language queries|detecting objects in images|allocating computing resources|protecting user privacy|compressing stored data|predicting user behaviour|authenticating transactions",
                    "adaptive|distributed|low-latency|federated|self-supervised|energy-efficient|secure|scalable",
                    "SOFTWARE|DIGITAL|DATA|INTELLIGENCE|COMPUTING|INFORMATION TECH"),
            area(
                    "telecom",
                    0.15,
                    0.06,
                    1.1,
                    2.5,
                    0.06,
                    "H04L H04W H04N H04B H04M H01Q H04R H04J H03H H03F H04Q H04S H03M H01P H04K H03L H03D H03G H04H H03C",
                    mix(36, 20, 8, 12, 3, 2, 2, 1, .5, 2, 1.5, 7, 5, .5, 1, .5),
                    "computing semiconductors optics",
                    "base station|user equipment|wireless network|optical transceiver|antenna array|video encoder|network switch|satellite link|mobile terminal|radio frequency front end",
                    "beamforming unit|channel estimator|control channel|resource block|phase shifter|reference signal|packet scheduler|power amplifier|duplexer|codebook",
                    "reducing interference between cells|transmitting uplink control information|allocating radio resources|handing over a terminal|encoding video streams|synchronising network nodes|saving terminal power|routing data packets",
                    "multi-band|millimetre-wave|low-power|reconfigurable|full-duplex|massive MIMO|cognitive|broadband",
                    "COMMUNICATIONS|TELECOM|NETWORKS|WIRELESS|MOBILE"),
            area(
                    "semiconductors",
                    0.12,
                    0.05,
                    1.2,
                    1.5,
                    0.08,
                    "H01L H05K G01R C23C G11C H03K G03F H10B H10K H01J H10N B81B C30B B24B C23F B81C H01C",
                    mix(8, 25, 22, 18, 4, 1, 1, 4, 1, 14, .5, .3, .2, .5, .3, .7),
                    "optics materials energy",
                    "semiconductor device|memory cell array|thin film transistor|chip package|power transistor|image sensor|photomask|wafer processing apparatus|light emitting diode|integrated circuit",
                    "gate electrode|trench isolation|interconnect structure|dielectric layer|through-silicon via|bonding pad|channel region|sidewall spacer|photoresist pattern|epitaxial layer",
                    "reducing leakage current|improving heat dissipation|increasing integration density|forming fine patterns|lowering contact resistance|suppressing warpage|improving yield|protecting against electrostatic discharge",
                    "vertical|three-dimensional|high-voltage|stacked|fin-type|wide-bandgap|ultra-thin|self-aligned",
                    "SEMICONDUCTOR|MICROELECTRONICS|ELECTRONICS|CHIP|SILICON"),
            area(
                    "pharma",
                    0.10,
                    0.02,
                    0.9,
                    8.0,
                    0.15,
                    "A61K A61P C07D C12N C07K C12Q C07C G01N C07H C12P C07F C12M C07J A61Q C40B C07B",
                    mix(10, 40, 8, 4, 7, 6, 7, 2, 10, .5, 3, 2, .3, 1.5, 2, 1.5),
                    "medical food materials",
                    "pharmaceutical composition|antibody|small molecule inhibitor|vaccine|gene therapy vector|peptide|crystalline form|fusion protein|oral formulation|diagnostic kit",
                    "heterocyclic compound|binding domain|lipid nanoparticle|excipient|guide RNA|promoter sequence|salt form|biomarker panel|adjuvant|prodrug",
                    "treating cancer|treating autoimmune disease|preventing viral infection|improving bioavailability|detecting nucleic acids|modulating immune response|treating neurodegenerative disease|reducing inflammation",
                    "bispecific|recombinant|substituted|sustained-release|humanized|stable|novel|targeted",
                    "PHARMACEUTICAL|BIOTECH|THERAPEUTICS|BIOSCIENCES|LIFE SCIENCES"),
            area(
                    "vehicles",
                    0.08,
                    0.04,
                    1.1,
                    0.4,
                    0.03,
                    "B60W B60L B60R B62D B60K F16H B60T B60G B60H B60Q B60N B60J F02D F02M F01N F02B B60C F16D B60S B60P B61L B62J B62K B62M B63B B63H B61D F02F F01L F01M F01P G01M B60B B60D",
                    mix(18, 14, 25, 8, 25, 5, 1, .5, .5, .5, .5, 2, .2, 2, .3, .2),
                    "energy machinery computing",
                    "vehicle|electric motor drive|braking system|steering apparatus|hybrid powertrain|vehicle seat|suspension|internal combustion engine|driver assistance system|transmission",
                    "wheel hub|brake caliper|battery pack mount|exhaust catalyst|gear set|fuel injector|clutch|torque sensor|airbag|headlamp",
                    "controlling vehicle speed|assisting lane keeping|reducing exhaust emissions|recovering braking energy|detecting driver fatigue|parking a vehicle|cooling a drive unit|improving crash safety",
                    "autonomous|electric|lightweight|adaptive|all-wheel|regenerative|compact|active",
                    "MOTOR|AUTOMOTIVE|AUTO PARTS|VEHICLE"),
            area(
                    "medical",
                    0.07,
                    0.04,
                    1.0,
                    3.0,
                    0.10,
                    "A61B A61M A61F A61N A61L A61H A61C A61G A61J B01L A61D",
                    mix(15, 40, 10, 4, 10, 3, 3, 4, 4, .5, .5, 1.5, .3, 1, 1, 2),
                    "pharma computing optics",
                    "surgical instrument|catheter|implant|infusion pump|endoscope|ultrasound probe|prosthesis|wearable monitor|stent|wound dressing",
                    "guide wire|balloon|electrode pad|sensor array|handle assembly|valve|drug reservoir|imaging module|cutting blade|needle",
                    "monitoring blood glucose|delivering a drug|closing a wound|imaging tissue|stimulating nerves|measuring blood pressure|guiding a surgical tool|assisting rehabilitation",
                    "minimally invasive|flexible|bioabsorbable|disposable|steerable|implantable|portable|robotic",
                    "MEDICAL|HEALTHCARE|SURGICAL|MEDTECH"),
            area(
                    "energy",
                    0.06,
                    0.09,
                    1.0,
                    1.2,
                    0.08,
                    "H01M H02J H02M H02K H02P H01R H02S H01G H01H H01F H05B H02H H01B H02G H02B F03D F24S C25B F21V F21S F21K F28D F28F F03B F03G G21C G21B H02N",
                    mix(40, 12, 15, 15, 8, 2, 1, .8, 1, 1.5, 1, 1, .5, 1, .8, .2),
                    "vehicles materials semiconductors",
                    "lithium ion battery|battery management system|solar cell module|power converter|wind turbine|fuel cell|charging station|electrolyser|energy storage system|electric machine",
                    "cathode active material|separator|solid electrolyte|inverter|stator winding|anode|bus bar|current collector|cooling plate|rotor",
                    "charging an electric vehicle|balancing cell voltages|improving cycle life|converting direct current|storing renewable energy|producing hydrogen|detecting insulation faults|increasing energy density",
                    "solid-state|high-nickel|bidirectional|grid-connected|silicon-based|modular|wireless|fast-charging",
                    "ENERGY|POWER|BATTERY|NEW ENERGY|SOLAR"),
            area(
                    "machinery",
                    0.05,
                    0.03,
                    0.9,
                    0.3,
                    0.04,
                    "B25J B65G B23K B65D B23Q B65H F16K F16L B23P F16C B21D F16B B23B G01L F04B F04D F15B B66C B66B B25B B26D B41J B08B B05B F16F B23D B24C B22D B21B B30B B65B",
                    mix(30, 14, 20, 5, 18, 2, 1, 1, 3, 1, .5, 2, .5, 3, .5, .2),
                    "vehicles materials computing",
                    "industrial robot|machine tool|conveyor|welding apparatus|packaging machine|control valve|centrifugal pump|crane|gripper|printing apparatus",
                    "end effector|spindle|bearing|servo motor|cutting tool|seal|nozzle|linear guide|gear reducer|vacuum cup",
                    "picking up workpieces|welding metal sheets|positioning a tool|conveying articles|detecting tool wear|sealing a container|reducing vibration|calibrating a robot arm",
                    "collaborative|automated|high-precision|multi-axis|hydraulic|pneumatic|modular|portable",
                    "MACHINERY|ROBOTICS|INDUSTRIES|PRECISION|AUTOMATION"),
            area(
                    "materials",
                    0.05,
                    0.02,
                    0.9,
                    1.5,
                    0.10,
                    "C08L C08K C08G C09D C08F C08J B32B C09J C09K C04B C22C B01J B01D C01B C02F B29C C03C C22F C21D C01G B22F C10G C10M D01F D06M D21H C08B B33Y C10L C25D B05D C01F C03B C22B D04H",
                    mix(25, 18, 20, 6, 14, 5, 2, 3, 3, 1, 1, 1, .5, 1, .5, .2),
                    "semiconductors energy pharma",
                    "polymer composition|coating composition|adhesive|resin film|alloy|ceramic material|catalyst|glass substrate|fibre|concrete mixture",
                    "curing agent|filler|cross-linking agent|polyester resin|nanoparticle|binder|plasticiser|oxide layer|carbon fibre|surfactant",
                    "improving heat resistance|reducing water absorption|increasing tensile strength|treating waste water|recycling plastics|preventing corrosion|controlling viscosity|printing three-dimensional objects",
                    "biodegradable|thermoplastic|high-strength|porous|flame-retardant|transparent|conductive|heat-resistant",
                    "CHEMICAL|MATERIALS|POLYMER|METALS|CERAMICS"),
            area(
                    "optics",
                    0.04,
                    0.01,
                    1.1,
                    1.5,
                    0.05,
                    "G02B G02F G09F G03B H01S G03G G01J G02C G01B G03H G01D G01T G21K G01K",
                    mix(20, 15, 30, 15, 6, 1, 1, 2, 1, 6, .3, .3, .3, .3, .3, .5),
                    "semiconductors telecom medical",
                    "optical lens|display panel|camera module|laser device|projector|light guide plate|head-mounted display|spectrometer|liquid crystal panel|optical fibre",
                    "polariser|microlens array|diffraction grating|backlight unit|quantum dot layer|cover window|lens barrel|optical filter|reflector|waveguide",
                    "correcting aberration|improving contrast|reducing glare|measuring distance|projecting images|expanding the field of view|focusing light|detecting infrared radiation",
                    "flexible|foldable|wide-angle|holographic|compact|anti-reflective|high-resolution|tunable",
                    "OPTICS|OPTOELECTRONICS|DISPLAY|PHOTONICS|IMAGING"),
            area(
                    "food",
                    0.03,
                    0.05,
                    0.8,
                    1.0,
                    0.10,
                    "A23L A01N A01G A23K A01K A23G A23C A47J A23F A24F A01B A01D A23P A21D A23B A01C A01H C12G C12C A23J A23N C13K A01M A24B",
                    mix(45, 15, 8, 6, 4, 4, 2, 5, 5, 1, 1, .5, .3, 2, .5, .3),
                    "pharma machinery materials",
                    "beverage|food composition|animal feed|plant cultivation system|pesticide composition|dairy product|baked product|coffee machine|fruit processing device|electronic cigarette",
                    "probiotic strain|sweetener|plant extract|protein isolate|emulsifier|seed coating|irrigation line|heating element|flavour capsule|dietary fibre",
                    "improving taste|extending shelf life|increasing crop yield|controlling pests|reducing sugar content|feeding livestock|preserving freshness|brewing coffee",
                    "plant-based|fermented|low-calorie|organic|instant|functional|frozen|herbal",
                    "FOODS|AGRICULTURE|AGRITECH|NUTRITION|BEVERAGE"),
            area(
                    "buildings",
                    0.02,
                    0.02,
                    0.8,
                    0.2,
                    0.03,
                    "F24F E04B E04F F25B E04G E02D E21B E06B E01D F25D E04H F24C F24H E03C E01C E04D E05B E05F F24D E21D",
                    mix(40, 12, 12, 6, 8, 4, 2, 1, 2, 1, .5, 2, 1, 2, 1, .2),
                    "energy machinery materials",
                    "air conditioner|heat pump|building panel|refrigerator|window frame|drilling tool|tunnel lining|water heater|door lock|foundation pile",
                    "heat exchanger|compressor|insulation layer|anchor bolt|formwork|refrigerant circuit|hinge|drill bit|ventilation duct|reinforcing bar",
                    "saving heating energy|controlling indoor humidity|drilling a borehole|assembling prefabricated walls|reducing noise|defrosting an evaporator|sealing a joint|reinforcing a slab",
                    "prefabricated|energy-saving|modular|fire-resistant|inverter-driven|insulated|smart|earthquake-resistant",
                    "CONSTRUCTION|BUILDING MATERIALS|CLIMATE|ENGINEERING|AIR CONDITIONING"),
            area(
                    "drones",
                    0.01,
                    0.14,
                    1.0,
                    0.8,
                    0.05,
                    "B64C B64D G05D B64U B64F G01C G08G B64G F02C F02K G01S B64B",
                    mix(25, 30, 4, 3, 8, 12, 8, .5, 1, .5, 1, .5, .2, 2, 3, 3),
                    "computing telecom vehicles",
                    "unmanned aerial vehicle|aircraft|flight control system|satellite|helicopter rotor|navigation device|radar system|landing gear|jet engine|air traffic management system",
                    "propeller|wing|gimbal|payload bay|inertial measurement unit|fuel nozzle|rotor blade|obstacle sensor|battery compartment|turbine blade",
                    "avoiding obstacles in flight|planning a flight path|delivering parcels|inspecting power lines|landing on a moving platform|estimating position|reducing engine noise|tracking targets",
                    "vertical take-off|fixed-wing|multi-rotor|autonomous|tethered|swarm|hybrid-electric|lightweight",
                    "AEROSPACE|AVIATION|UAV|AERONAUTICS|SPACE"));

    private static TechnologyArea area(
            String key,
            double weight,
            double growth,
            double concentration,
            double nplMean,
            double universityShare,
            String subclasses,
            double[] countryMix,
            String related,
            String objects,
            String parts,
            String purposes,
            String adjectives,
            String firmWords) {
        return new TechnologyArea(
                key,
                subclasses.split(" "),
                weight,
                growth,
                countryMix,
                concentration,
                nplMean,
                universityShare,
                related.split(" "),
                new TechnologyArea.Vocabulary(
                        objects.split("\\|"),
                        parts.split("\\|"),
                        purposes.split("\\|"),
                        adjectives.split("\\|"),
                        firmWords.split("\\|")));
    }

    private static double[] mix(double... weights) {
        if (weights.length != Countries.CODES.length) throw new IllegalStateException("one weight per country");
        return weights;
    }

    /** Index of the area with this key. */
    static int indexOf(String key) {
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).key().equals(key)) return i;
        }
        throw new IllegalArgumentException("no technology area " + key);
    }
}
