/**
 * The 77 first-level divisions of Thailand (76 provinces and Bangkok) as
 * reference data for the household map: ISO 3166-2:TH code, Thai and
 * English names (as in the Natural Earth derived `th-provinces.topo.json`),
 * labels short enough for a tile, a cell on the tile-grid map and the
 * default region (see `regions.ts`).
 *
 * The tile grid (11 columns × 17 rows, north at the top) was drawn for this
 * library: it starts from each province's centroid in the Natural Earth
 * boundaries, assigned to the nearest free cell, then moved by hand so that
 * Thais recognise the outline (the northern hills, the north-eastern
 * plateau bulging to the east, the Gulf of Thailand as an empty bay between
 * Prachuap and Chon Buri, the long southern peninsula widening to the
 * border) and so that real neighbours stay near each other (checked in
 * `test/unit/charts/map-provinces.test.ts`). Every province gets one equal
 * tile, so Bangkok is as visible as Mae Hong Son.
 */
import type { RegionKey } from './regions.js';

export interface ProvinceInfo {
  /** ISO 3166-2:TH code, e.g. "TH-10". */
  code: string;
  /** Thai name without the จังหวัด prefix. */
  th: string;
  /** English name (Natural Earth `name_en`). */
  en: string;
  /** Thai tile label: the name when it is short, else the province's official abbreviation ("ชม."). */
  short: string;
  /** Three-letter Latin code for English tiles ("BKK", "CMI"). */
  abbr: string;
  /** Tile cell: column from the west, row from the north (0-based). */
  col: number;
  row: number;
  /** Region in the built-in grouping. */
  region: RegionKey;
}

// code | Thai | English | Thai tile label | Latin code | col | row | region (n north, ne northeast, c central, e east, w west, s south)
const TABLE = `
10|กรุงเทพมหานคร|Bangkok|กทม.|BKK|3|9|c
11|สมุทรปราการ|Samut Prakan|สป.|SPK|4|9|c
12|นนทบุรี|Nonthaburi|นบ.|NBI|3|8|c
13|ปทุมธานี|Pathum Thani|ปท.|PTE|4|8|c
14|พระนครศรีอยุธยา|Phra Nakhon Si Ayutthaya|อย.|AYA|4|7|c
15|อ่างทอง|Ang Thong|อท.|ATG|3|7|c
16|ลพบุรี|Lopburi|ลบ.|LRI|5|5|c
17|สิงห์บุรี|Sing Buri|สห.|SBR|4|6|c
18|ชัยนาท|Chai Nat|ชน.|CNT|3|6|c
19|สระบุรี|Saraburi|สบ.|SRI|5|6|c
20|ชลบุรี|Chon Buri|ชบ.|CBI|5|9|e
21|ระยอง|Rayong|รย.|RYG|5|10|e
22|จันทบุรี|Chanthaburi|จบ.|CTI|6|10|e
23|ตราด|Trat|ตราด|TRT|6|11|e
24|ฉะเชิงเทรา|Chachoengsao|ฉช.|CCO|5|8|e
25|ปราจีนบุรี|Prachin Buri|ปจ.|PRI|6|6|e
26|นครนายก|Nakhon Nayok|นย.|NYK|5|7|c
27|สระแก้ว|Sa Kaeo|สก.|SKW|6|7|e
30|นครราชสีมา|Nakhon Ratchasima|นม.|NMA|6|5|ne
31|บุรีรัมย์|Buri Ram|บร.|BRM|7|6|ne
32|สุรินทร์|Surin|สร.|SRN|8|6|ne
33|ศรีสะเกษ|Si Sa Ket|ศก.|SSK|9|6|ne
34|อุบลราชธานี|Ubon Ratchathani|อบ.|UBN|10|6|ne
35|ยโสธร|Yasothon|ยส.|YST|9|5|ne
36|ชัยภูมิ|Chaiyaphum|ชย.|CPM|6|4|ne
37|อำนาจเจริญ|Amnat Charoen|อจ.|ACR|10|5|ne
38|บึงกาฬ|Bueng Kan|บก.|BKN|8|2|ne
39|หนองบัวลำภู|Nong Bua Lam Phu|นภ.|NBP|6|3|ne
40|ขอนแก่น|Khon Kaen|ขก.|KKN|7|4|ne
41|อุดรธานี|Udon Thani|อด.|UDN|7|3|ne
42|เลย|Loei|เลย|LEI|5|3|ne
43|หนองคาย|Nong Khai|นค.|NKI|7|2|ne
44|มหาสารคาม|Maha Sarakham|มค.|MKM|7|5|ne
45|ร้อยเอ็ด|Roi Et|รอ.|RET|8|5|ne
46|กาฬสินธุ์|Kalasin|กส.|KSN|8|4|ne
47|สกลนคร|Sakon Nakhon|สน.|SNK|8|3|ne
48|นครพนม|Nakhon Phanom|นพ.|NPM|9|3|ne
49|มุกดาหาร|Mukdahan|มห.|MDH|9|4|ne
50|เชียงใหม่|Chiang Mai|ชม.|CMI|2|1|n
51|ลำพูน|Lamphun|ลพ.|LPN|2|2|n
52|ลำปาง|Lampang|ลป.|LPG|3|2|n
53|อุตรดิตถ์|Uttaradit|อต.|UTD|4|3|n
54|แพร่|Phrae|แพร่|PRE|4|2|n
55|น่าน|Nan|น่าน|NAN|4|1|n
56|พะเยา|Phayao|พย.|PYO|3|1|n
57|เชียงราย|Chiang Rai|ชร.|CRI|3|0|n
58|แม่ฮ่องสอน|Mae Hong Son|มส.|MSN|1|1|n
60|นครสวรรค์|Nakhon Sawan|นว.|NSN|3|5|c
61|อุทัยธานี|Uthai Thani|อน.|UTI|2|5|c
62|กำแพงเพชร|Kamphaeng Phet|กพ.|KPT|3|4|c
63|ตาก|Tak|ตาก|TAK|2|4|w
64|สุโขทัย|Sukhothai|สท.|STI|3|3|c
65|พิษณุโลก|Phitsanulok|พล.|PLK|4|4|c
66|พิจิตร|Phichit|พจ.|PCT|4|5|c
67|เพชรบูรณ์|Phetchabun|พช.|PNB|5|4|c
70|ราชบุรี|Ratchaburi|รบ.|RBR|1|8|w
71|กาญจนบุรี|Kanchanaburi|กจ.|KRI|1|7|w
72|สุพรรณบุรี|Suphan Buri|สพ.|SPB|2|6|c
73|นครปฐม|Nakhon Pathom|นฐ.|NPT|2|7|c
74|สมุทรสาคร|Samut Sakhon|สค.|SKN|2|8|c
75|สมุทรสงคราม|Samut Songkhram|สส.|SKM|2|9|c
76|เพชรบุรี|Phetchaburi|พบ.|PBI|1|9|w
77|ประจวบคีรีขันธ์|Prachuap Khiri Khan|ปข.|PKN|1|10|w
80|นครศรีธรรมราช|Nakhon Si Thammarat|นศ.|NRT|2|13|s
81|กระบี่|Krabi|กระบี่|KBI|1|13|s
82|พังงา|Phang Nga|พังงา|PNA|0|13|s
83|ภูเก็ต|Phuket|ภูเก็ต|PKT|0|14|s
84|สุราษฎร์ธานี|Surat Thani|สฎ.|SNI|1|12|s
85|ระนอง|Ranong|รน.|RNG|0|12|s
86|ชุมพร|Chumphon|ชุมพร|CPN|1|11|s
90|สงขลา|Songkhla|สข.|SKA|2|15|s
91|สตูล|Satun|สตูล|STN|1|15|s
92|ตรัง|Trang|ตรัง|TRG|1|14|s
93|พัทลุง|Phatthalung|พท.|PLG|2|14|s
94|ปัตตานี|Pattani|ปน.|PTN|3|15|s
95|ยะลา|Yala|ยะลา|YLA|3|16|s
96|นราธิวาส|Narathiwat|นธ.|NWT|4|16|s
`;

const REGION_KEYS: Record<string, RegionKey> = { n: 'north', ne: 'northeast', c: 'central', e: 'east', w: 'west', s: 'south' };

/** Every province, in ISO code order. */
export const PROVINCES: readonly ProvinceInfo[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [n, th, en, short, abbr, col, row, region] = line.split('|') as [string, string, string, string, string, string, string, string];
    return { code: `TH-${n}`, th, en, short, abbr, col: Number(col), row: Number(row), region: REGION_KEYS[region] as RegionKey };
  });

/** Size of the tile grid in cells. */
export const GRID_COLUMNS = 11;
export const GRID_ROWS = 17;

const byCode = new Map(PROVINCES.map((p) => [p.code, p]));

/** The province with this ISO code, if it is one. */
export function province(code: string): ProvinceInfo | undefined {
  return byCode.get(code);
}
