// Former names of county-level units that people still type: counties turned into districts or
// county-level cities (GB/T 2260 changes; the boundary files carry the current names). Used only as
// search keys: "武隆县" finds 武隆区 and shows that it matched a former name.
const FORMER_NAMES: Readonly<Record<string, readonly string[]>> = {
  '500110': ['綦江县'],
  '500111': ['大足县'],
  '500114': ['黔江县'],
  '500115': ['长寿县'],
  '500116': ['江津市'],
  '500117': ['合川市'],
  '500118': ['永川市'],
  '500119': ['南川市'],
  '500120': ['璧山县'],
  '500151': ['铜梁县'],
  '500152': ['潼南县'],
  '500153': ['荣昌县'],
  '500154': ['开县'],
  '500155': ['梁平县'],
  '500156': ['武隆县'],
  '510114': ['新都县'],
  '510115': ['温江县'],
  '510116': ['双流县'],
  '510117': ['郫县'],
  '510118': ['新津县'],
  '510604': ['罗江县'],
  '510705': ['安县'],
  '510981': ['射洪县'],
  '511083': ['隆昌县'],
  '511402': ['眉山县'],
  '511403': ['彭山县'],
  '511503': ['南溪县'],
  '511504': ['宜宾县'],
  '511703': ['达县'],
  '511803': ['名山县'],
  '513402': ['会理县'],
};

export function formerUnitNames(adcode: string): readonly string[] {
  return FORMER_NAMES[adcode] ?? [];
}
