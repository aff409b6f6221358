/**
 * Real cities for the demo enterprise, grouped into the sales regions (大区) a national retail
 * brand typically uses. Centres are GCJ-02 (as Amap shows them), rounded; districts are real;
 * roads are real streets of the city (not necessarily of every district they are paired with).
 * `weight` sets each city's share of stores, roughly by market size.
 */

interface CitySource {
  /** Short name used in the `store.city` column and store names, e.g. 上海. */
  name: string
  /** Name as written at the start of an address, e.g. 上海市. */
  full: string
  /** Store-code prefix, unique across all cities. */
  code: string
  lng: number
  lat: number
  weight: number
  /** Space-separated, to keep the table compact. */
  districts: string
  roads: string
}

export interface CityDef extends Omit<CitySource, 'districts' | 'roads'> {
  districts: readonly string[]
  roads: readonly string[]
}

export interface RegionDef {
  id: string
  name: string
  cities: readonly CityDef[]
}

interface RegionSource {
  id: string
  name: string
  cities: readonly CitySource[]
}

const SOURCE: readonly RegionSource[] = [
  {
    id: 'r-east',
    name: '华东大区',
    cities: [
      {
        name: '上海',
        full: '上海市',
        code: 'SH',
        lng: 121.473667,
        lat: 31.230525,
        weight: 14,
        districts: '黄浦区 徐汇区 静安区 浦东新区 闵行区 杨浦区 普陀区 长宁区 宝山区',
        roads: '张杨路 南京西路 淮海中路 漕溪北路 四平路 长寿路 虹桥路 世纪大道 浦东南路 武宁路'
      },
      {
        name: '杭州',
        full: '杭州市',
        code: 'HZ',
        lng: 120.15507,
        lat: 30.274085,
        weight: 8,
        districts: '上城区 拱墅区 西湖区 滨江区 萧山区 余杭区',
        roads: '文三路 延安路 庆春路 解放路 凤起路 莫干山路 江南大道 古墩路 天目山路 学院路'
      },
      {
        name: '南京',
        full: '南京市',
        code: 'NJ',
        lng: 118.796624,
        lat: 32.059344,
        weight: 7,
        districts: '玄武区 秦淮区 建邺区 鼓楼区 江宁区 栖霞区',
        roads: '中山路 中山东路 汉中路 珠江路 湖南路 江东中路 龙蟠路 应天大街 双龙大道 草场门大街'
      },
      {
        name: '苏州',
        full: '苏州市',
        code: 'SU',
        lng: 120.585294,
        lat: 31.299758,
        weight: 6,
        districts: '姑苏区 吴中区 相城区 虎丘区 吴江区',
        roads: '人民路 干将路 十全街 金鸡湖大道 星湖街 现代大道 东环路 长江路 苏州大道东'
      },
      {
        name: '宁波',
        full: '宁波市',
        code: 'NB',
        lng: 121.550357,
        lat: 29.874556,
        weight: 4,
        districts: '海曙区 江北区 鄞州区 镇海区 北仑区',
        roads: '中山西路 解放南路 百丈路 江东北路 钱湖北路 四明中路 天童南路 宁穿路'
      },
      {
        name: '无锡',
        full: '无锡市',
        code: 'WX',
        lng: 120.31191,
        lat: 31.491169,
        weight: 3,
        districts: '梁溪区 滨湖区 新吴区 惠山区 锡山区',
        roads: '中山路 人民中路 解放西路 梁溪路 太湖大道 湖滨路 长江路 旺庄路'
      },
      {
        name: '合肥',
        full: '合肥市',
        code: 'HF',
        lng: 117.227239,
        lat: 31.820586,
        weight: 4,
        districts: '庐阳区 蜀山区 包河区 瑶海区',
        roads: '长江中路 长江西路 金寨路 徽州大道 马鞍山路 宿州路 芜湖路 望江西路'
      }
    ]
  },
  {
    id: 'r-south',
    name: '华南大区',
    cities: [
      {
        name: '广州',
        full: '广州市',
        code: 'GZ',
        lng: 113.264499,
        lat: 23.130061,
        weight: 10,
        districts: '天河区 越秀区 海珠区 荔湾区 白云区 番禺区',
        roads: '天河路 体育西路 中山五路 北京路 江南大道中 工业大道 环市东路 黄埔大道西 广州大道中'
      },
      {
        name: '深圳',
        full: '深圳市',
        code: 'SZ',
        lng: 114.057939,
        lat: 22.543527,
        weight: 10,
        districts: '福田区 罗湖区 南山区 宝安区 龙岗区 龙华区',
        roads: '深南大道 华强北路 福华路 南海大道 科苑路 东门中路 宝安大道 龙岗大道 民治大道'
      },
      {
        name: '东莞',
        full: '东莞市',
        code: 'DG',
        lng: 113.751765,
        lat: 23.020536,
        weight: 4,
        // 东莞 has no districts: addresses name the 街道 or 镇 instead.
        districts: '南城街道 东城街道 莞城街道 长安镇 虎门镇 常平镇',
        roads: '鸿福路 东纵大道 莞太路 元美路 东城中路 连升路 体育路 新基路'
      },
      {
        name: '佛山',
        full: '佛山市',
        code: 'FS',
        lng: 113.121416,
        lat: 23.021548,
        weight: 4,
        districts: '禅城区 南海区 顺德区 三水区',
        roads: '季华路 汾江中路 祖庙路 桂澜路 南海大道 佛山大道 岭南大道 绿景路'
      },
      {
        name: '厦门',
        full: '厦门市',
        code: 'XM',
        lng: 118.089425,
        lat: 24.479834,
        weight: 3,
        districts: '思明区 湖里区 集美区 海沧区',
        roads: '中山路 湖滨南路 厦禾路 嘉禾路 莲前西路 仙岳路 集美大道'
      },
      {
        name: '福州',
        full: '福州市',
        code: 'FZ',
        lng: 119.296494,
        lat: 26.074508,
        weight: 3,
        districts: '鼓楼区 台江区 仓山区 晋安区',
        roads: '五四路 八一七北路 东街 华林路 工业路 六一中路 福新中路'
      },
      {
        name: '南宁',
        full: '南宁市',
        code: 'NN',
        lng: 108.366543,
        lat: 22.817002,
        weight: 2,
        districts: '青秀区 兴宁区 西乡塘区 江南区',
        roads: '民族大道 朝阳路 东葛路 友爱南路 大学东路 星光大道'
      }
    ]
  },
  {
    id: 'r-north',
    name: '华北大区',
    cities: [
      {
        name: '北京',
        full: '北京市',
        code: 'BJ',
        lng: 116.407387,
        lat: 39.904179,
        weight: 12,
        districts: '东城区 西城区 朝阳区 海淀区 丰台区 通州区 昌平区',
        roads: '建国路 朝阳北路 中关村大街 西单北大街 王府井大街 望京街 学院路 复兴路 劲松路'
      },
      {
        name: '天津',
        full: '天津市',
        code: 'TJ',
        lng: 117.190186,
        lat: 39.125595,
        weight: 5,
        districts: '和平区 河西区 南开区 河东区 滨海新区 西青区',
        roads: '南京路 卫津路 友谊路 黄河道 红旗南路 解放北路 大沽南路 十一经路'
      },
      {
        name: '石家庄',
        full: '石家庄市',
        code: 'SJ',
        lng: 114.514976,
        lat: 38.042007,
        weight: 2,
        districts: '长安区 桥西区 新华区 裕华区',
        roads: '中山东路 建设南大街 裕华东路 槐安路 平安大街 体育北大街'
      },
      {
        name: '济南',
        full: '济南市',
        code: 'JN',
        lng: 117.1201,
        lat: 36.6512,
        weight: 3,
        districts: '历下区 市中区 槐荫区 天桥区 历城区',
        roads: '泉城路 经十路 解放路 历山路 和平路 舜耕路 二环东路'
      },
      {
        name: '青岛',
        full: '青岛市',
        code: 'QD',
        lng: 120.38264,
        lat: 36.067082,
        weight: 3,
        districts: '市南区 市北区 崂山区 李沧区 黄岛区',
        roads: '香港中路 山东路 延安三路 台东三路 辽阳西路 重庆中路 长江中路'
      },
      {
        name: '太原',
        full: '太原市',
        code: 'TY',
        lng: 112.548879,
        lat: 37.87059,
        weight: 2,
        districts: '小店区 迎泽区 杏花岭区 万柏林区',
        roads: '迎泽大街 长风街 并州路 亲贤北街 府西街 体育路'
      },
      {
        name: '沈阳',
        full: '沈阳市',
        code: 'SY',
        lng: 123.431475,
        lat: 41.805698,
        weight: 3,
        districts: '和平区 沈河区 皇姑区 铁西区 浑南区',
        roads: '中华路 太原街 青年大街 北京街 黄河南大街 建设东路 北陵大街'
      },
      {
        name: '大连',
        full: '大连市',
        code: 'DL',
        lng: 121.614682,
        lat: 38.914003,
        weight: 2,
        districts: '中山区 西岗区 沙河口区 甘井子区',
        roads: '人民路 中山路 长江路 黄河路 西安路 五一路'
      }
    ]
  },
  {
    id: 'r-central',
    name: '华中大区',
    cities: [
      {
        name: '武汉',
        full: '武汉市',
        code: 'WH',
        lng: 114.305215,
        lat: 30.592935,
        weight: 7,
        districts: '江汉区 江岸区 武昌区 洪山区 汉阳区 硚口区',
        roads: '解放大道 中山大道 建设大道 中南路 珞喻路 武珞路 汉阳大道 徐东大街 光谷大道 京汉大道'
      },
      {
        name: '长沙',
        full: '长沙市',
        code: 'CS',
        lng: 112.938882,
        lat: 28.228304,
        weight: 5,
        districts: '芙蓉区 天心区 岳麓区 开福区 雨花区',
        roads: '五一大道 芙蓉中路 黄兴中路 韶山中路 劳动西路 麓山南路 湘江中路 人民东路'
      },
      {
        name: '郑州',
        full: '郑州市',
        code: 'ZZ',
        lng: 113.625351,
        lat: 34.746303,
        weight: 5,
        districts: '金水区 二七区 中原区 管城回族区 惠济区',
        roads: '花园路 金水路 农业路 中原路 大学路 经三路 文化路 嵩山南路'
      },
      {
        name: '南昌',
        full: '南昌市',
        code: 'NC',
        lng: 115.858197,
        lat: 28.682892,
        weight: 3,
        districts: '东湖区 西湖区 青山湖区 红谷滩区',
        roads: '八一大道 中山路 北京西路 阳明路 红谷中大道 象山北路'
      }
    ]
  },
  {
    id: 'r-southwest',
    name: '西南大区',
    cities: [
      {
        name: '成都',
        full: '成都市',
        code: 'CD',
        lng: 104.066301,
        lat: 30.572961,
        weight: 8,
        districts: '锦江区 青羊区 金牛区 武侯区 成华区 双流区 郫都区',
        roads: '春熙路 人民南路 蜀都大道 天府大道 红星路 建设路 草市街 科华北路 玉林南路 交子大道'
      },
      {
        name: '重庆',
        full: '重庆市',
        code: 'CQ',
        lng: 106.551556,
        lat: 29.563009,
        weight: 7,
        districts: '渝中区 江北区 南岸区 沙坪坝区 九龙坡区 渝北区',
        roads: '民族路 中山三路 建新北路 南坪西路 小龙坎正街 杨家坪正街 石杨路 金开大道 新华路'
      },
      {
        name: '昆明',
        full: '昆明市',
        code: 'KM',
        lng: 102.832891,
        lat: 24.880095,
        weight: 3,
        districts: '五华区 盘龙区 官渡区 西山区',
        roads: '东风西路 北京路 人民中路 青年路 南屏街 滇池路 春城路'
      },
      {
        name: '贵阳',
        full: '贵阳市',
        code: 'GY',
        lng: 106.630153,
        lat: 26.647661,
        weight: 2,
        districts: '南明区 云岩区 观山湖区 花溪区',
        roads: '中华北路 中山西路 延安中路 遵义路 宝山北路 长岭北路'
      }
    ]
  },
  {
    id: 'r-northwest',
    name: '西北大区',
    cities: [
      {
        name: '西安',
        full: '西安市',
        code: 'XA',
        lng: 108.93984,
        lat: 34.34127,
        weight: 6,
        districts: '雁塔区 碑林区 新城区 莲湖区 未央区 长安区',
        roads: '长安北路 小寨东路 东大街 南大街 解放路 未央路 高新路 科技路 太白南路 朱雀大街'
      },
      {
        name: '兰州',
        full: '兰州市',
        code: 'LZ',
        lng: 103.834303,
        lat: 36.061089,
        weight: 2,
        districts: '城关区 七里河区 安宁区 西固区',
        roads: '庆阳路 东岗西路 张掖路 天水南路 西津西路 安宁东路'
      },
      {
        name: '银川',
        full: '银川市',
        code: 'YC',
        lng: 106.230909,
        lat: 38.487193,
        weight: 1,
        districts: '兴庆区 金凤区 西夏区',
        roads: '解放西街 北京中路 正源北街 文化东街 新华东街'
      },
      {
        name: '西宁',
        full: '西宁市',
        code: 'XN',
        lng: 101.778228,
        lat: 36.617144,
        weight: 1,
        districts: '城东区 城中区 城西区 城北区',
        roads: '五四大街 西大街 长江路 胜利路 海湖路'
      },
      {
        name: '乌鲁木齐',
        full: '乌鲁木齐市',
        code: 'WL',
        lng: 87.616848,
        lat: 43.825592,
        weight: 2,
        districts: '天山区 沙依巴克区 新市区 水磨沟区',
        roads: '中山路 友好南路 北京南路 新华北路 光明路 南湖路'
      }
    ]
  }
]

export const REGIONS: readonly RegionDef[] = SOURCE.map((r) => ({
  ...r,
  cities: r.cities.map((c) => ({
    ...c,
    districts: c.districts.split(' '),
    roads: c.roads.split(' ')
  }))
}))

/** Mainland China's bounding box (WGS-84/GCJ-02 differ by far less than its margins). */
export const CHINA_BOUNDS = { minLng: 73.5, maxLng: 135.1, minLat: 18.1, maxLat: 53.6 } as const

/** How store names abbreviate districts: 浦东新区 → 浦东, 管城回族区 → 管城, 长安镇 → 长安. */
export function shortDistrict(district: string): string {
  return district.replace(/(新区|回族区|街道|镇|区)$/, '')
}
