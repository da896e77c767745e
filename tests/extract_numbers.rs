//! Numbers, quantities and ordinals as extraction reads them, one case per written form.
//!
//! Each case is a text, its language, and every number, quantity and ordinal mention in it as
//! `canon::render::describe` writes them. A form that must yield nothing asserts an empty list.
//! A reading known to be wrong is asserted as it is today, with a `FIXME:` saying what it
//! should be.

mod support;

use canon::lang::Lang;
use canon::lang::Lang::{En, Id};
use canon::mention::Kind;
use rstest::rstest;

fn check(lang: Lang, text: &str, expected: &[&str]) {
    let kinds = [Kind::Number, Kind::Quantity, Kind::Ordinal];
    let got = support::read_kinds(text, lang, None, &kinds);
    assert_eq!(got, expected, "reading {text:?} ({lang})");
}

#[rstest]
#[case(Id, "10.000", &[r#"number 10000: "10.000""#])]
#[case(Id, "1.200.000", &[r#"number 1200000: "1.200.000""#])]
#[case(Id, "2,5", &[r#"number 2.5: "2,5""#])]
// One capital letter written onto a number with one decimal is a symbol and its value: BMKG's
// aftershocks "dengan magnitudo terbesar M4.0" (medcom.id, 21 Nov 2022, in English: "with the
// largest magnitude of M4.0"), "Gempa M5,6".
#[case(En, "with the largest magnitude of M4.0", &[r#"number 4: "4.0""#])]
#[case(Id, "Gempa M5,6 mengguncang Cianjur", &[r#"number 5.6: "5,6""#])]
#[case(Id, "0,5", &[r#"number 0.5: "0,5""#])]
#[case(Id, "1.234,5", &[r#"number 1234.5: "1.234,5""#])]
#[case(Id, "1,200,000", &[r#"number 1200000: "1,200,000""#])]
#[case(Id, "10,000", &[r#"number 10: "10,000""#])]
#[case(Id, "1.5", &[r#"number 1.5: "1.5""#])]
#[case(Id, "naik 7,25.", &[r#"number 7.25: "7,25""#])]
#[case(Id, "sebanyak 600.", &[r#"number 600: "600""#])]
#[case(En, "10,000", &[r#"number 10000: "10,000""#])]
#[case(En, "2.5", &[r#"number 2.5: "2.5""#])]
#[case(En, "2,5", &[r#"number 2.5: "2,5""#])]
#[case(En, "1,200,000", &[r#"number 1200000: "1,200,000""#])]
#[case(En, "1.200.000", &[r#"number 1200000: "1.200.000""#])]
#[case(En, "1,234.5", &[r#"number 1234.5: "1,234.5""#])]
#[case(En, "10.000", &[r#"number 10: "10.000""#])]
#[case(En, "999,999,999", &[r#"number 999999999: "999,999,999""#])]
#[case(En, "it was 42.", &[r#"number 42: "42""#])]
fn digits(#[case] lang: Lang, #[case] text: &str, #[case] expected: &[&str]) {
    check(lang, text, expected);
}

#[rstest]
#[case(Id, "10 ribu", &[r#"number 10000: "10 ribu""#])]
#[case(Id, "12 ribu", &[r#"number 12000: "12 ribu""#])]
#[case(Id, "2,5 juta", &[r#"number 2500000: "2,5 juta""#])]
#[case(Id, "1,25 juta", &[r#"number 1250000: "1,25 juta""#])]
#[case(Id, "3 miliar", &[r#"number 3000000000: "3 miliar""#])]
#[case(Id, "2,5 milyar", &[r#"number 2500000000: "2,5 milyar""#])]
#[case(Id, "1,5 triliun", &[r#"number 1500000000000: "1,5 triliun""#])]
#[case(Id, "seratus", &[r#"number 100: "seratus""#])]
#[case(Id, "seribu", &[r#"number 1000: "seribu""#])]
#[case(Id, "sejuta", &[r#"number 1000000: "sejuta""#])]
#[case(En, "1.2 billion", &[r#"number 1200000000: "1.2 billion""#])]
#[case(En, "2.5 million", &[r#"number 2500000: "2.5 million""#])]
#[case(En, "5 thousand", &[r#"number 5000: "5 thousand""#])]
#[case(En, "1,5 million", &[r#"number 1500000: "1,5 million""#])]
#[case(En, "3 trillion", &[r#"number 3000000000000: "3 trillion""#])]
fn scale_words(#[case] lang: Lang, #[case] text: &str, #[case] expected: &[&str]) {
    check(lang, text, expected);
}

// Scales cut short: "rb", "jt", "bn"; "K" after two digits or more, or money; "M" a million in
// English, a miliar in Indonesian money only.
#[rstest]
#[case(Id, "10 rb", &[r#"number 10000: "10 rb""#])]
#[case(Id, "50rb", &[r#"number 50000: "50rb""#])]
#[case(Id, "Rp50 rb", &[r#"number 50000 unit=idr: "Rp50 rb""#])]
#[case(Id, "2,5 jt", &[r#"number 2500000: "2,5 jt""#])]
#[case(Id, "Rp1,2 M", &[r#"number 1200000000 unit=idr: "Rp1,2 M""#])]
#[case(Id, "100K", &[r#"number 100000: "100K""#])]
#[case(En, "100k", &[r#"number 100000: "100k""#])]
#[case(En, "1.2M", &[r#"number 1200000: "1.2M""#])]
#[case(En, "30M", &[r#"number 30000000: "30M""#])]
#[case(En, "$3M", &[r#"number 3000000 unit=usd: "$3M""#])]
#[case(En, "1.2bn", &[r#"number 1200000000: "1.2bn""#])]
#[case(En, "1.2 bn", &[r#"number 1200000000: "1.2 bn""#])]
// Halves, quarters and decimals said aloud.
#[case(Id, "setengah juta", &[r#"number 500000: "setengah juta""#])]
#[case(Id, "seperempat juta", &[r#"number 250000: "seperempat juta""#])]
#[case(Id, "satu setengah", &[r#"number 1.5: "satu setengah""#])]
#[case(Id, "dua setengah juta", &[r#"number 2500000: "dua setengah juta""#])]
#[case(Id, "dua koma lima", &[r#"number 2.5: "dua koma lima""#])]
#[case(Id, "nol koma lima", &[r#"number 0.5: "nol koma lima""#])]
#[case(En, "two point five", &[r#"number 2.5: "two point five""#])]
#[case(En, "two point two million", &[r#"number 2200000: "two point two million""#])]
#[case(En, "1 point 1", &[r#"number 1.1: "1 point 1""#])]
#[case(En, ".77", &[r#"number 0.77: ".77""#])]
#[case(En, ".5 percent", &[r#"number 0.5 unit=percent: ".5 percent""#])]
#[case(Id, ",77", &[r#"number 0.77: ",77""#])]
#[case(Id, "01,10", &[r#"number 1.1: "01,10""#])]
// Negatives: a free minus sign, or a word.
#[case(En, "-504", &[r#"number -504: "-504""#])]
#[case(Id, "suhu -5 derajat", &[r#"quantity -5 noun=derajat: "-5 derajat""#])]
#[case(Id, "minus 3,5", &[r#"number -3.5: "minus 3,5""#])]
#[case(Id, "negatif lima", &[r#"number -5: "negatif lima""#])]
#[case(En, "negative five hundred and four", &[r#"number -504: "negative five hundred and four""#])]
#[case(En, "10-20", &[r#"quantity 10..20 range: "10-20""#])]
// Dozens and plural scales after a number.
#[case(En, "two dozen", &[r#"number 24: "two dozen""#])]
#[case(En, "200 dozens", &[r#"number 2400: "200 dozens""#])]
#[case(En, "three billions", &[r#"number 3000000000: "three billions""#])]
#[case(En, "three thousand millions", &[r#"number 3000000000: "three thousand millions""#])]
// Zero in words.
#[case(Id, "nol", &[r#"number 0: "nol""#])]
#[case(En, "zero", &[r#"number 0: "zero""#])]
// A number never reads across a paragraph.
#[case(Id, "lima ribu\n\nseratus orang", &[r#"number 5000: "lima ribu""#, r#"quantity 100 noun=orang: "seratus orang""#])]
fn forms_of_issue_20(#[case] lang: Lang, #[case] text: &str, #[case] expected: &[&str]) {
    check(lang, text, expected);
}

#[rstest]
#[case(Id, "satu tentara", &[r#"quantity 1 noun=tentara: "satu tentara""#])]
#[case(Id, "dua", &[r#"number 2: "dua""#])]
#[case(Id, "tiga", &[r#"number 3: "tiga""#])]
#[case(Id, "empat orang", &[r#"quantity 4 noun=orang: "empat orang""#])]
#[case(Id, "lima", &[r#"number 5: "lima""#])]
#[case(Id, "enam", &[r#"number 6: "enam""#])]
#[case(Id, "tujuh", &[r#"number 7: "tujuh""#])]
#[case(Id, "delapan", &[r#"number 8: "delapan""#])]
#[case(Id, "sembilan", &[r#"number 9: "sembilan""#])]
#[case(Id, "sepuluh", &[r#"number 10: "sepuluh""#])]
#[case(Id, "sebelas", &[r#"number 11: "sebelas""#])]
#[case(Id, "dua belas", &[r#"number 12: "dua belas""#])]
#[case(Id, "sembilan belas", &[r#"number 19: "sembilan belas""#])]
#[case(Id, "lima puluh", &[r#"number 50: "lima puluh""#])]
#[case(Id, "dua puluh tiga", &[r#"number 23: "dua puluh tiga""#])]
#[case(Id, "seratus dua puluh", &[r#"number 120: "seratus dua puluh""#])]
#[case(Id, "tiga ratus", &[r#"number 300: "tiga ratus""#])]
#[case(Id, "dua ribu lima ratus", &[r#"number 2500: "dua ribu lima ratus""#])]
#[case(Id, "seratus ribu", &[r#"number 100000: "seratus ribu""#])]
#[case(Id, "dua juta", &[r#"number 2000000: "dua juta""#])]
#[case(Id, "Dua negara", &[r#"quantity 2 noun=negara: "Dua negara""#])]
#[case(En, "one soldier", &[r#"quantity 1 noun=soldier: "one soldier""#])]
#[case(En, "two", &[r#"number 2: "two""#])]
#[case(En, "three", &[r#"number 3: "three""#])]
#[case(En, "nineteen", &[r#"number 19: "nineteen""#])]
#[case(En, "twenty-three", &[r#"number 23: "twenty-three""#])]
#[case(En, "twenty three", &[r#"number 23: "twenty three""#])]
#[case(En, "ninety-nine", &[r#"number 99: "ninety-nine""#])]
#[case(En, "a hundred and twenty", &[r#"number 120: "a hundred and twenty""#])]
#[case(En, "one hundred and five", &[r#"number 105: "one hundred and five""#])]
#[case(En, "three hundred", &[r#"number 300: "three hundred""#])]
#[case(En, "two thousand", &[r#"number 2000: "two thousand""#])]
#[case(En, "forty-five thousand", &[r#"number 45000: "forty-five thousand""#])]
#[case(En, "a million", &[r#"number 1000000: "a million""#])]
#[case(En, "two million", &[r#"number 2000000: "two million""#])]
#[case(En, "five soldiers", &[r#"quantity 5 noun=soldiers: "five soldiers""#])]
#[case(En, "a dozen soldiers", &[r#"quantity 12 noun=soldiers: "a dozen soldiers""#])]
#[case(Id, "dua lusin telur", &[r#"quantity 24 noun=telur: "dua lusin telur""#])]
#[case(En, "half a million", &[])]
#[case(En, "Seven of the 10 soldiers", &[r#"number 7: "Seven""#, r#"quantity 10 noun=soldiers: "10 soldiers""#])]
fn number_words(#[case] lang: Lang, #[case] text: &str, #[case] expected: &[&str]) {
    check(lang, text, expected);
}

#[rstest]
#[case(Id, "ribuan", &[r#"quantity thousands vague: "ribuan""#])]
#[case(Id, "ratusan", &[r#"quantity hundreds vague: "ratusan""#])]
#[case(Id, "puluhan", &[r#"quantity tens vague: "puluhan""#])]
#[case(Id, "belasan", &[r#"quantity dozens vague: "belasan""#])]
#[case(Id, "beberapa", &[r#"quantity several vague: "beberapa""#])]
#[case(Id, "jutaan", &[r#"quantity millions vague: "jutaan""#])]
#[case(Id, "puluhan ribu", &[r#"quantity tens-of-thousands vague: "puluhan ribu""#])]
#[case(Id, "ratusan ribu", &[r#"quantity hundreds-of-thousands vague: "ratusan ribu""#])]
#[case(Id, "ribuan lainnya", &[r#"quantity thousands vague: "ribuan lainnya""#])]
#[case(Id, "ribuan tentara", &[r#"quantity thousands vague noun=tentara: "ribuan tentara""#])]
#[case(Id, "puluhan ribu pengungsi", &[r#"quantity tens-of-thousands vague noun=pengungsi: "puluhan ribu pengungsi""#])]
#[case(Id, "beberapa ratus warga", &[r#"quantity hundreds vague noun=warga: "beberapa ratus warga""#])]
#[case(Id, "beberapa hari", &[r#"number several vague unit=day: "beberapa hari""#])]
#[case(Id, "lebih dari ribuan orang", &[r#"quantity thousands vague more-than noun=orang: "lebih dari ribuan orang""#])]
#[case(Id, "banyak korban", &[r#"quantity many vague noun=korban: "banyak korban""#])]
#[case(Id, "lebih banyak", &[])]
#[case(Id, "sejumlah pemimpin", &[r#"quantity several vague noun=pemimpin: "sejumlah pemimpin""#])]
#[case(Id, "sejumlah 600 orang", &[r#"quantity 600 noun=orang: "600 orang""#])]
#[case(En, "thousands", &[r#"quantity thousands vague: "thousands""#])]
#[case(En, "hundreds", &[r#"quantity hundreds vague: "hundreds""#])]
#[case(En, "dozens", &[r#"quantity dozens vague: "dozens""#])]
#[case(En, "millions", &[r#"quantity millions vague: "millions""#])]
#[case(En, "several", &[r#"quantity several vague: "several""#])]
#[case(En, "tens of thousands", &[r#"quantity tens-of-thousands vague: "tens of thousands""#])]
#[case(En, "hundreds of thousands", &[r#"quantity hundreds-of-thousands vague: "hundreds of thousands""#])]
#[case(En, "thousands of troops", &[r#"quantity thousands vague noun=troops: "thousands of troops""#])]
#[case(En, "several hundred soldiers", &[r#"quantity hundreds vague noun=soldiers: "several hundred soldiers""#])]
#[case(En, "thousands of others", &[r#"quantity thousands vague: "thousands of others""#])]
#[case(En, "many people", &[r#"quantity many vague noun=people: "many people""#])]
#[case(En, "how many", &[])]
fn vague_amounts(#[case] lang: Lang, #[case] text: &str, #[case] expected: &[&str]) {
    check(lang, text, expected);
}

#[rstest]
#[case(Id, "yang pertama.", &[r#"ordinal 1: "pertama""#])]
#[case(Id, "babak kedua.", &[r#"ordinal 2: "kedua""#])]
#[case(Id, "pihak ketiga.", &[r#"ordinal 3: "ketiga""#])]
#[case(Id, "pertemuan keempat", &[r#"ordinal 4: "keempat""#])]
#[case(Id, "hari kelima,", &[r#"ordinal 5: "kelima""#])]
#[case(Id, "tahun keenam", &[r#"ordinal 6: "keenam""#])]
#[case(Id, "jilid kesepuluh", &[r#"ordinal 10: "kesepuluh""#])]
#[case(Id, "ulang tahun kesebelas", &[r#"ordinal 11: "kesebelas""#])]
#[case(Id, "abad kedua belas", &[r#"ordinal 12: "kedua belas""#])]
#[case(Id, "ulang tahun kedua puluh tiga", &[r#"ordinal 23: "kedua puluh tiga""#])]
#[case(Id, "ke-4", &[r#"ordinal 4: "ke-4""#])]
#[case(Id, "KTT ke-20 di Bali", &[r#"ordinal 20: "ke-20""#])]
#[case(Id, "Korban ke 133 ini meninggal", &[r#"ordinal 133: "ke 133""#])]
#[case(Id, "jumlahnya naik ke 133 orang", &[r#"quantity 133 noun=orang: "133 orang""#])]
// A street number is no count.
#[case(En, "at 8777 Collins Ave., in Surfside", &[])]
#[case(En, "12 Baker Street residents", &[])]
// A count that rose from one figure to another is two counts, not a range.
#[case(En, "the toll rose from 100 to 110", &[r#"number 100: "100""#, r#"number 110: "110""#])]
#[case(Id, "Perang Dunia Kedua", &[r#"ordinal 2: "Kedua""#])]
#[case(Id, "pertemuan kedua dengan Putin", &[r#"ordinal 2: "kedua""#])]
#[case(Id, "kunjungan kedua ke Pyongyang", &[r#"ordinal 2: "kedua""#])]
#[case(Id, "kunjungan kedua Putin", &[r#"ordinal 2: "kedua""#])]
#[case(Id, "untuk kedua kalinya", &[r#"ordinal 2: "kedua kalinya""#])]
#[case(Id, "pertama kali", &[r#"ordinal 1: "pertama kali""#])]
#[case(Id, "untuk pertama kalinya", &[r#"ordinal 1: "pertama kalinya""#])]
#[case(Id, "kali pertama", &[r#"ordinal 1: "kali pertama""#])]
#[case(Id, "pemimpin kedua negara", &[])]
#[case(Id, "kedua belah pihak", &[])]
#[case(Id, "ketiga orang itu", &[])]
#[case(Id, "antara kedua Korea", &[])]
#[case(Id, "pertama-tama", &[])]
#[case(Id, "ke 4 negara", &[r#"quantity 4 noun=negara: "4 negara""#])]
#[case(En, "first", &[r#"ordinal 1: "first""#])]
#[case(En, "the second meeting", &[r#"ordinal 2: "second""#])]
#[case(En, "a second summit", &[r#"ordinal 2: "second""#])]
#[case(En, "third", &[r#"ordinal 3: "third""#])]
#[case(En, "fourth", &[r#"ordinal 4: "fourth""#])]
#[case(En, "twelfth", &[r#"ordinal 12: "twelfth""#])]
#[case(En, "twenty-first", &[r#"ordinal 21: "twenty-first""#])]
#[case(En, "4th", &[r#"ordinal 4: "4th""#])]
#[case(En, "21st", &[r#"ordinal 21: "21st""#])]
#[case(En, "3rd", &[r#"ordinal 3: "3rd""#])]
#[case(En, "the 2nd round", &[r#"ordinal 2: "2nd""#])]
#[case(En, "for the first time", &[r#"ordinal 1: "first""#])]
#[case(En, "wait a second.", &[])]
#[case(En, "in a split second", &[])]
#[case(En, "thirty seconds", &[r#"number 30 unit=second: "thirty seconds""#])]
#[case(En, "The 1,000th visitor", &[r#"ordinal 1000: "1,000th""#])]
#[case(En, "101st Airborne", &[r#"ordinal 101: "101st""#])]
#[case(Id, "Kedua negara sepakat.", &[])]
#[case(Id, "kelima pemain itu", &[])]
#[case(Id, "anak kelima", &[r#"ordinal 5: "kelima""#])]
#[case(Id, "untuk ketiga kalinya", &[r#"ordinal 3: "ketiga kalinya""#])]
#[case(En, "at first", &[])]
#[case(En, "first of all", &[])]
fn ordinals(#[case] lang: Lang, #[case] text: &str, #[case] expected: &[&str]) {
    check(lang, text, expected);
}

#[rstest]
#[case(Id, "sekitar 600 tentara", &[r#"quantity 600 approx noun=tentara: "sekitar 600 tentara""#])]
#[case(Id, "sekira 500 orang", &[r#"quantity 500 approx noun=orang: "sekira 500 orang""#])]
#[case(Id, "kira-kira 300 rumah", &[r#"quantity 300 approx noun=rumah: "kira-kira 300 rumah""#])]
#[case(Id, "kurang lebih 40 kapal", &[r#"quantity 40 approx noun=kapal: "kurang lebih 40 kapal""#])]
#[case(Id, "lebih dari 10 ribu pasukan", &[r#"quantity 10000 more-than noun=pasukan: "lebih dari 10 ribu pasukan""#])]
#[case(Id, "lebih 600 orang", &[r#"quantity 600 more-than noun=orang: "lebih 600 orang""#])]
#[case(Id, "setidaknya 100 orang", &[r#"quantity 100 at-least noun=orang: "setidaknya 100 orang""#])]
#[case(Id, "sedikitnya 12 korban", &[r#"quantity 12 at-least noun=korban: "sedikitnya 12 korban""#])]
#[case(Id, "paling sedikit 3 desa", &[r#"quantity 3 at-least noun=desa: "paling sedikit 3 desa""#])]
#[case(Id, "minimal 20 orang", &[r#"quantity 20 at-least noun=orang: "minimal 20 orang""#])]
#[case(Id, "hampir 4.000 korban", &[r#"quantity 4000 fewer-than noun=korban: "hampir 4.000 korban""#])]
#[case(Id, "nyaris 100 orang", &[r#"quantity 100 fewer-than noun=orang: "nyaris 100 orang""#])]
#[case(Id, "kurang dari 50 orang", &[r#"quantity 50 fewer-than noun=orang: "kurang dari 50 orang""#])]
#[case(Id, "hingga 500 tentara", &[r#"quantity 500 up-to noun=tentara: "hingga 500 tentara""#])]
#[case(Id, "sampai 30 orang", &[r#"quantity 30 up-to noun=orang: "sampai 30 orang""#])]
#[case(Id, "sebanyak-banyaknya 10 orang", &[r#"quantity 10 up-to noun=orang: "sebanyak-banyaknya 10 orang""#])]
#[case(Id, "maksimal 5 orang", &[r#"quantity 5 up-to noun=orang: "maksimal 5 orang""#])]
#[case(Id, "sekitar dua ribu pasukan", &[r#"quantity 2000 approx noun=pasukan: "sekitar dua ribu pasukan""#])]
#[case(Id, "lebih dari satu", &[r#"quantity 1 more-than: "lebih dari satu""#])]
#[case(Id, "sekitar 2 jam", &[r#"number 2 approx unit=hour: "sekitar 2 jam""#])]
#[case(En, "about 600 soldiers", &[r#"quantity 600 approx noun=soldiers: "about 600 soldiers""#])]
#[case(En, "around 2,000 troops", &[r#"quantity 2000 approx noun=troops: "around 2,000 troops""#])]
#[case(En, "approximately 300 people", &[r#"quantity 300 approx noun=people: "approximately 300 people""#])]
#[case(En, "roughly 40 ships", &[r#"quantity 40 approx noun=ships: "roughly 40 ships""#])]
#[case(En, "some 600 troops", &[r#"quantity 600 approx noun=troops: "some 600 troops""#])]
#[case(En, "an estimated 11,000 soldiers", &[r#"quantity 11000 approx noun=soldiers: "an estimated 11,000 soldiers""#])]
#[case(En, "over 10,000 troops", &[r#"quantity 10000 more-than noun=troops: "over 10,000 troops""#])]
#[case(En, "more than 10,000 troops", &[r#"quantity 10000 more-than noun=troops: "more than 10,000 troops""#])]
#[case(En, "upwards of 500 people", &[r#"quantity 500 more-than noun=people: "upwards of 500 people""#])]
#[case(En, "at least 100 killed", &[r#"quantity 100 at-least: "at least 100""#])]
#[case(En, "nearly 4,000 casualties", &[r#"quantity 4000 fewer-than noun=casualties: "nearly 4,000 casualties""#])]
#[case(En, "almost 3,000 soldiers", &[r#"quantity 3000 fewer-than noun=soldiers: "almost 3,000 soldiers""#])]
// jabar.jpnn.com (September 2025): nearly, with the verb of reaching between.
#[case(Id, "nyaris menyentuh jumlah 1.000 orang", &[r#"quantity 1000 fewer-than noun=orang: "nyaris menyentuh jumlah 1.000 orang""#])]
#[case(Id, "hampir mencapai 500 orang", &[r#"quantity 500 fewer-than noun=orang: "hampir mencapai 500 orang""#])]
#[case(En, "approaching 2,000 people", &[r#"quantity 2000 fewer-than noun=people: "approaching 2,000 people""#])]
#[case(En, "fewer than 50 people", &[r#"quantity 50 fewer-than noun=people: "fewer than 50 people""#])]
#[case(En, "less than 20 percent", &[r#"number 20 fewer-than unit=percent: "less than 20 percent""#])]
#[case(En, "under 18 years", &[r#"number 18 fewer-than unit=year: "under 18 years""#])]
#[case(En, "up to 12,000 troops", &[r#"quantity 12000 up-to noun=troops: "up to 12,000 troops""#])]
#[case(En, "as many as 18,000 soldiers", &[r#"quantity 18000 up-to noun=soldiers: "as many as 18,000 soldiers""#])]
#[case(En, "at most 5 people", &[r#"quantity 5 up-to noun=people: "at most 5 people""#])]
#[case(En, "more than a thousand troops", &[r#"quantity 1000 more-than noun=troops: "more than a thousand troops""#])]
fn qualifiers(#[case] lang: Lang, #[case] text: &str, #[case] expected: &[&str]) {
    check(lang, text, expected);
}

#[rstest]
#[case(Id, "600 orang", &[r#"quantity 600 noun=orang: "600 orang""#])]
#[case(Id, "Sekitar 600 dari prajurit", &[r#"quantity 600 approx noun=prajurit: "Sekitar 600 dari prajurit""#])]
#[case(Id, "600 dari para prajurit", &[r#"quantity 600 noun=prajurit: "600 dari para prajurit""#])]
#[case(En, "600 of the soldiers", &[r#"quantity 600 noun=soldiers: "600 of the soldiers""#])]
#[case(En, "10 of them", &[r#"number 10: "10""#])]
#[case(Id, "Ada 10 anak-anak.", &[r#"quantity 10 noun=anak-anak: "10 anak-anak""#])]
#[case(Id, "3.000 bala bantuan", &[r#"quantity 3000 noun=bala bantuan: "3.000 bala bantuan""#])]
#[case(Id, "1.500 jiwa", &[r#"quantity 1500 noun=jiwa: "1.500 jiwa""#])]
#[case(Id, "sekitar 600 tewas", &[r#"quantity 600 approx: "sekitar 600""#])]
#[case(Id, "600 yang tewas", &[r#"number 600: "600""#])]
#[case(Id, "600 Kopassus", &[r#"number 600: "600""#])]
#[case(Id, "1.200 lainnya luka-luka", &[r#"number 1200: "1.200""#])]
// How many times: a measure, never a count ("sidang rekonsiliasi sebanyak 15 kali").
#[case(Id, "3 kali serangan", &[r#"number 3 unit=times: "3 kali""#])]
// A number that labels something counts nothing, and is no quantity.
#[case(Id, "Pasal 28 ayat 3", &[])]
#[case(En, "page 3 of 10", &[r#"number 10: "10""#])]
#[case(Id, "pesawat Sriwijaya Air SJ 182 jatuh", &[])]
#[case(Id, "pesawat SJ-182 jatuh", &[])]
#[case(En, "the Dali (IMO 9697428) struck", &[])]
// A number in a name: "Kepulauan Seribu", "Liga 1"; in a headline the digits stay a number.
#[case(Id, "jatuh di perairan Kepulauan Seribu", &[])]
#[case(Id, "laga Liga 1 2022 antara", &[])]
#[case(Id, "Korban Gempa Jadi 268 Orang", &[r#"number 268: "268""#])]
#[case(Id, "KRI Nanggala 402 bisa mengangkut", &[])]
#[case(Id, "Komandan Resor Militer 142 Brigjen TNI Firman Dahlan mengatakan", &[])]
#[case(Id, "Korban Gempa Jadi 268 Orang Hari Ini", &[r#"number 268: "268""#])]
#[case(Id, "Sebanyak 268 orang meninggal", &[r#"quantity 268 noun=orang: "268 orang""#])]
// A word that counts people or things after the digits makes them a count, not a name's.
#[case(Id, "dan di Majene 2.650 orang", &[r#"quantity 2650 noun=orang: "2.650 orang""#])]
#[case(Id, "dan Kabupaten Minahasa 608 jiwa, serta", &[r#"quantity 608 noun=jiwa: "608 jiwa""#])]
// A number joined to a word by a hyphen is a modifier.
#[case(En, "the four-lane bridge", &[])]
#[case(En, "a five-star hotel", &[])]
#[case(En, "a two-day search", &[r#"number 2 unit=day: "two-day""#])]
// A noun of two words: modifier and plural head in English, head and modifier in Indonesian.
#[case(En, "six construction workers fell", &[r#"quantity 6 noun=construction workers: "six construction workers""#])]
#[case(Id, "40 orang dewasa", &[r#"quantity 40 noun=orang dewasa: "40 orang dewasa""#])]
#[case(En, "some 600 North Korean soldiers", &[r#"quantity 600 approx noun=soldiers: "some 600 North Korean soldiers""#])]
#[case(En, "4,700 were wounded", &[r#"number 4700: "4,700""#])]
#[case(En, "2,700 wounded", &[r#"number 2700: "2,700""#])]
#[case(En, "3,000 more troops", &[r#"quantity 3000 noun=troops: "3,000 more troops""#])]
#[case(Id, "Jumlah: 600\ntentara dikirim", &[r#"number 600: "600""#])]
#[case(Id, "ribuan orang lainnya", &[r#"quantity thousands vague noun=orang: "ribuan orang""#])]
#[case(Id, "beberapa di antaranya", &[r#"quantity several vague: "beberapa""#])]
#[case(En, "the two leaders met", &[r#"quantity 2 noun=leaders: "two leaders""#])]
#[case(En, "one in five people", &[r#"quantity 5 noun=people: "five people""#])]
#[case(En, "twelve months later", &[r#"number 12 unit=month: "twelve months""#])]
// An Indonesian active verb is never the noun counted; an English word of its form is a noun.
// bandung.kompas.com, 31 December 2022: "Gempa M 5,6 di Cianjur yang Telan Ratusan Korban Jiwa".
#[case(Id, "Gempa M 5,6 mengguncang Cianjur", &[r#"number 5.6: "5,6""#])]
#[case(Id, "7 orang meninggal", &[r#"quantity 7 noun=orang: "7 orang""#])]
#[case(Id, "dua menteri", &[r#"quantity 2 noun=menteri: "dua menteri""#])]
#[case(En, "six members of a roadwork crew", &[r#"quantity 6 noun=members: "six members""#])]
fn nouns(#[case] lang: Lang, #[case] text: &str, #[case] expected: &[&str]) {
    check(lang, text, expected);
}

#[rstest]
#[case(Id, "11.000 hingga 12.000", &[r#"quantity 11000..12000 range: "11.000 hingga 12.000""#])]
#[case(Id, "11.000-12.000", &[r#"quantity 11000..12000 range: "11.000-12.000""#])]
#[case(Id, "11.000 - 12.000", &[r#"quantity 11000..12000 range: "11.000 - 12.000""#])]
#[case(Id, "11.000 sampai 12.000", &[r#"quantity 11000..12000 range: "11.000 sampai 12.000""#])]
#[case(Id, "11.000 sampai dengan 12.000", &[r#"quantity 11000..12000 range: "11.000 sampai dengan 12.000""#])]
#[case(Id, "antara 11.000 dan 12.000", &[r#"quantity 11000..12000 range: "antara 11.000 dan 12.000""#])]
#[case(Id, "11 hingga 12 ribu", &[r#"quantity 11000..12000 range: "11 hingga 12 ribu""#])]
#[case(Id, "11.000 hingga 12.000 tentara", &[r#"quantity 11000..12000 range noun=tentara: "11.000 hingga 12.000 tentara""#])]
#[case(Id, "dua hingga tiga hari", &[r#"number 2..3 range unit=day: "dua hingga tiga hari""#])]
#[case(Id, "500 hingga 10 ribu orang", &[r#"quantity 500..10000 range noun=orang: "500 hingga 10 ribu orang""#])]
#[case(Id, "10-20%", &[r#"number 10..20 range unit=percent: "10-20%""#])]
#[case(En, "between 11,000 and 12,000", &[r#"quantity 11000..12000 range: "between 11,000 and 12,000""#])]
#[case(En, "11,000 to 12,000", &[r#"quantity 11000..12000 range: "11,000 to 12,000""#])]
#[case(En, "11,000–12,000 troops", &[r#"quantity 11000..12000 range noun=troops: "11,000–12,000 troops""#])]
#[case(En, "2 to 3 million", &[r#"quantity 2000000..3000000 range: "2 to 3 million""#])]
#[case(En, "won 3-1", &[])]
#[case(En, "from 10 to 5", &[r#"number 10: "10""#, r#"number 5: "5""#])]
#[case(Id, "antara 5 dan", &[r#"number 5: "5""#])]
#[case(Id, "Rp 5 ribu hingga Rp 10 ribu", &[r#"number 5000..10000 range unit=idr: "Rp 5 ribu hingga Rp 10 ribu""#])]
#[case(Id, "Sekitar 10 hingga 12 ribu tentara", &[r#"quantity 10000..12000 range approx noun=tentara: "Sekitar 10 hingga 12 ribu tentara""#])]
// "Two or three" is about two to three; a sum in two currencies is two figures (see measures).
// surabaya.kompas.com, 20 September 2022: "Namun dua atau tiga hari sebelumnya, tim gabungan
// dari SAR, Perhutani, hingga relawan dan warga telah dikerahkan melakukan pencarian".
#[case(Id, "Namun dua atau tiga hari sebelumnya", &[r#"number 2..3 range unit=day: "dua atau tiga hari""#])]
#[case(En, "two or three days", &[r#"number 2..3 range unit=day: "two or three days""#])]
#[case(En, "three or two days", &[r#"number 3: "three""#, r#"number 2 unit=day: "two days""#])]
fn ranges(#[case] lang: Lang, #[case] text: &str, #[case] expected: &[&str]) {
    check(lang, text, expected);
}

#[rstest]
#[case(Id, "2,5 jam", &[r#"number 2.5 unit=hour: "2,5 jam""#])]
#[case(Id, "dua hari", &[r#"number 2 unit=day: "dua hari""#])]
#[case(Id, "30 menit", &[r#"number 30 unit=minute: "30 menit""#])]
#[case(Id, "10 detik", &[r#"number 10 unit=second: "10 detik""#])]
#[case(Id, "2 minggu", &[r#"number 2 unit=week: "2 minggu""#])]
#[case(Id, "3 pekan", &[r#"number 3 unit=week: "3 pekan""#])]
#[case(Id, "enam bulan", &[r#"number 6 unit=month: "enam bulan""#])]
#[case(Id, "5 tahun", &[r#"number 5 unit=year: "5 tahun""#])]
#[case(Id, "50 persen", &[r#"number 50 unit=percent: "50 persen""#])]
#[case(Id, "50%", &[r#"number 50 unit=percent: "50%""#])]
#[case(Id, "12,5 %", &[r#"number 12.5 unit=percent: "12,5 %""#])]
#[case(Id, "10 km", &[r#"number 10 unit=kilometre: "10 km""#])]
#[case(Id, "10km", &[r#"number 10 unit=kilometre: "10km""#])]
#[case(Id, "100 kg", &[r#"number 100 unit=kilogram: "100 kg""#])]
#[case(Id, "300 meter", &[r#"number 300 unit=metre: "300 meter""#])]
#[case(Id, "5 ton", &[r#"number 5 unit=tonne: "5 ton""#])]
#[case(Id, "10 juta dolar AS", &[r#"number 10000000 unit=usd: "10 juta dolar AS""#])]
#[case(Id, "Rp 10.000", &[r#"number 10000 unit=idr: "Rp 10.000""#])]
#[case(Id, "Rp10.000", &[r#"number 10000 unit=idr: "Rp10.000""#])]
#[case(Id, "Rp 2,5 miliar", &[r#"number 2500000000 unit=idr: "Rp 2,5 miliar""#])]
#[case(Id, "US$ 5 juta", &[r#"number 5000000 unit=usd: "US$ 5 juta""#])]
#[case(Id, "5.000 rupiah", &[r#"number 5000 unit=idr: "5.000 rupiah""#])]
#[case(Id, "lebih dari Rp 1 triliun", &[r#"number 1000000000000 more-than unit=idr: "lebih dari Rp 1 triliun""#])]
#[case(En, "2 hours", &[r#"number 2 unit=hour: "2 hours""#])]
#[case(En, "45 minutes", &[r#"number 45 unit=minute: "45 minutes""#])]
#[case(En, "three days", &[r#"number 3 unit=day: "three days""#])]
#[case(En, "two weeks", &[r#"number 2 unit=week: "two weeks""#])]
#[case(En, "6 months", &[r#"number 6 unit=month: "6 months""#])]
#[case(En, "one year", &[r#"number 1 unit=year: "one year""#])]
#[case(En, "5 per cent", &[r#"number 5 unit=percent: "5 per cent""#])]
#[case(En, "50 percent", &[r#"number 50 unit=percent: "50 percent""#])]
#[case(En, "100 kilometres", &[r#"number 100 unit=kilometre: "100 kilometres""#])]
#[case(En, "20 miles", &[r#"number 20 unit=mile: "20 miles""#])]
#[case(En, "a 10-year-old boy", &[r#"number 10 unit=year: "10-year""#])]
#[case(En, "the 100-day plan", &[r#"number 100 unit=day: "100-day""#])]
#[case(En, "2.5% growth", &[r#"number 2.5 unit=percent: "2.5%""#])]
#[case(En, "the worst in 24 years", &[r#"number 24 unit=year: "24 years""#])]
// FIXME: "One day" here means "some day", not a duration of one day.
#[case(En, "One day, we will win.", &[r#"number 1 unit=day: "One day""#])]
#[case(Id, "Rp. 10.000", &[r#"number 10000 unit=idr: "Rp. 10.000""#])]
#[case(Id, "Rp10 ribu", &[r#"number 10000 unit=idr: "Rp10 ribu""#])]
#[case(Id, "IDR 5 juta", &[r#"number 5000000 unit=idr: "IDR 5 juta""#])]
#[case(En, "USD 10", &[r#"number 10 unit=usd: "USD 10""#])]
#[case(Id, "hingga 10 persen", &[r#"number 10 up-to unit=percent: "hingga 10 persen""#])]
#[case(En, "$5 million", &[r#"number 5000000 unit=usd: "$5 million""#])]
#[case(En, "US$1.5 billion", &[r#"number 1500000000 unit=usd: "US$1.5 billion""#])]
#[case(En, "10 million dollars", &[r#"number 10000000 unit=usd: "10 million dollars""#])]
#[case(En, "₹50,000 for minor injuries", &[r#"number 50000 unit=inr: "₹50,000""#])]
#[case(En, "€3 million", &[r#"number 3000000 unit=eur: "€3 million""#])]
#[case(En, "£200", &[r#"number 200 unit=gbp: "£200""#])]
// The Indian scale and the rupee's abbreviation, in Indian English: news18.com, 16 May 2020
// (https://www.news18.com/news/india/pmo-announces-ex-gratia-payment-of-rs-2-lakh-each-to-next-of-kin-of-up-road-accident-victims-2623327.html),
// and millenniumpost.in (http://www.millenniumpost.in/kolkata/cm-announces-rs-25-lakh-ex-gratia-for-next-of-kin-of-dhupguri-accident-victims-429778).
#[case(
    En,
    "The Prime Minister's Office has announced an ex gratia payment of Rs 2 lakh each",
    &[r#"number 200000 unit=inr: "Rs 2 lakh""#]
)]
#[case(
    En,
    "Chief Minister Mamata Banerjee announced an ex-gratia of Rs 2.5 lakh each",
    &[r#"number 250000 unit=inr: "Rs 2.5 lakh""#]
)]
#[case(En, "It also announced Rs 50,000 each", &[r#"number 50000 unit=inr: "Rs 50,000""#])]
#[case(En, "Rs50,000 each", &[r#"number 50000 unit=inr: "Rs50,000""#])]
#[case(En, "₹500 crore", &[r#"number 5000000000 unit=inr: "₹500 crore""#])]
// A scale joined on by a hyphen, as a modifier writes it.
#[case(En, "a $5-million fund", &[r#"number 5000000 unit=usd: "$5-million""#])]
#[case(En, "a Rs 500-crore trust", &[r#"number 5000000000 unit=inr: "Rs 500-crore""#])]
#[case(En, "two lakh people", &[r#"quantity 200000 noun=people: "two lakh people""#])]
// In Indonesian "RS" is a hospital, not a currency.
#[case(Id, "RS Polri menerima 25 jenazah", &[r#"quantity 25 noun=jenazah: "25 jenazah""#])]
fn units(#[case] lang: Lang, #[case] text: &str, #[case] expected: &[&str]) {
    check(lang, text, expected);
}

// Measures: two units read as one figure in the smaller, one or half of a unit, and the units
// of length and money a canon may name. Several are words of real articles (the Titan
// submersible, June 2023; a verdict, February 2023).
#[rstest]
#[case(Id, "hilang kontak 1 jam 45 menit setelah menyelam", &[r#"number 105 unit=minute: "1 jam 45 menit""#])]
#[case(Id, "vonis 1 tahun 6 bulan penjara", &[r#"number 18 unit=month: "1 tahun 6 bulan""#])]
#[case(Id, "divonis ringan, 1 tahun dan enam bulan penjara", &[r#"number 18 unit=month: "1 tahun dan enam bulan""#])]
#[case(Id, "dipenjara 2 tahun 6 bulan", &[r#"number 30 unit=month: "2 tahun 6 bulan""#])]
#[case(Id, "sekitar satu jam, 45 menit setelah menyelam", &[r#"number 105 approx unit=minute: "sekitar satu jam, 45 menit""#])]
#[case(Id, "2 jam 10 menit", &[r#"number 130 unit=minute: "2 jam 10 menit""#])]
#[case(En, "about an hour and 45 minutes into its dive", &[r#"number 105 approx unit=minute: "about an hour and 45 minutes""#])]
#[case(En, "1 hour 45 minutes", &[r#"number 105 unit=minute: "1 hour 45 minutes""#])]
#[case(En, "after an hour and 45 mins", &[r#"number 105 unit=minute: "an hour and 45 mins""#])]
#[case(En, "Roughly 10 days and 21 hours", &[r#"number 261 approx unit=hour: "Roughly 10 days and 21 hours""#])]
#[case(En, "an hour and a half", &[r#"number 1.5 unit=hour: "an hour and a half""#])]
#[case(En, "sentenced to a year-and-a-half prison sentence", &[r#"number 1.5 unit=year: "a year-and-a-half""#])]
#[case(En, "two and a half years", &[r#"number 2.5 unit=year: "two and a half years""#])]
#[case(Id, "dua setengah tahun", &[r#"number 2.5 unit=year: "dua setengah tahun""#])]
#[case(Id, "setengah jam", &[r#"number 0.5 unit=hour: "setengah jam""#])]
#[case(En, "half an hour", &[r#"number 0.5 unit=hour: "half an hour""#])]
// The second unit is the smaller, or the two are two figures.
#[case(Id, "24 jam 7 hari", &[r#"number 24 unit=hour: "24 jam""#, r#"number 7 unit=day: "7 hari""#])]
// One of a unit after a qualifier; alone, "an hour" and "sehari" are more often words than
// figures.
#[case(En, "just over an hour into their dive", &[r#"number 1 more-than unit=hour: "over an hour""#])]
#[case(En, "Nearly a year", &[r#"number 1 fewer-than unit=year: "Nearly a year""#])]
#[case(Id, "lebih dari setahun", &[r#"number 1 more-than unit=year: "lebih dari setahun""#])]
#[case(Id, "hampir sebulan", &[r#"number 1 fewer-than unit=month: "hampir sebulan""#])]
#[case(En, "an hour later", &[])]
#[case(Id, "Menurut dia, setahun berlalu", &[])]
// Lengths and heights.
#[case(En, "12,500 feet", &[r#"number 12500 unit=foot: "12,500 feet""#])]
#[case(En, "around 1,600ft from the bow", &[r#"number 1600 approx unit=foot: "around 1,600ft""#])]
#[case(En, "the 21-foot vessel", &[r#"number 21 unit=foot: "21-foot""#])]
#[case(Id, "sekitar 1.600 kaki dari haluan", &[r#"number 1600 approx unit=foot: "sekitar 1.600 kaki""#])]
#[case(Id, "Gunung Marapi setinggi 2.891 mdpl", &[r#"number 2891 unit=metre: "2.891 mdpl""#])]
#[case(En, "roughly 500 m off the bow", &[r#"number 500 approx unit=metre: "roughly 500 m""#])]
#[case(En, "325 nautical miles", &[r#"number 325 unit=nautical-mile: "325 nautical miles""#])]
#[case(Id, "900 mil laut", &[r#"number 900 unit=nautical-mile: "900 mil laut""#])]
#[case(Id, "13 cm", &[r#"number 13 unit=centimetre: "13 cm""#])]
// "3M" is a name; "4m" may be millions or metres, and is left unread.
#[case(En, "3M and 4m people", &[])]
// A unit after digits after a name makes them a measure, not the name's.
#[case(En, "estimated Titan's 96-hour oxygen supply", &[r#"number 96 unit=hour: "96-hour""#])]
// Money of other dollars, and a million written onto dollars.
#[case(En, "a $50m lawsuit", &[r#"number 50000000 unit=usd: "$50m""#])]
#[case(En, "50 Singapore dollars", &[r#"number 50 unit=sgd: "50 Singapore dollars""#])]
#[case(Id, "10 juta dolar Singapura", &[r#"number 10000000 unit=sgd: "10 juta dolar Singapura""#])]
#[case(Id, "harga 250 ribu US Dollar", &[r#"number 250000 unit=usd: "250 ribu US Dollar""#])]
#[case(Id, "harus bayar USD250.000 atau Rp3,7 miliar", &[r#"number 250000 unit=usd: "USD250.000""#, r#"number 3700000000 unit=idr: "Rp3,7 miliar""#])]
// "between … to …" is a range, as "between … and …" is.
#[case(En, "between 70 to 96 hours of oxygen left", &[r#"number 70..96 range unit=hour: "between 70 to 96 hours""#])]
#[case(En, "between 40-41 hours of air left", &[r#"number 40..41 range unit=hour: "between 40-41 hours""#])]
#[case(Id, "antara 70 hingga 96 jam", &[r#"number 70..96 range unit=hour: "antara 70 hingga 96 jam""#])]
// A time of day stays no number; "jam" after a number is its unit.
#[case(Id, "per 16 april 2021 pukul 16.00 ada 181 orang", &[r#"quantity 181 noun=orang: "181 orang""#])]
fn measures(#[case] lang: Lang, #[case] text: &str, #[case] expected: &[&str]) {
    check(lang, text, expected);
}

#[rstest]
#[case::phone_hyphens(Id, "hubungi 0812-3456-7890 sekarang", &[])]
#[case::phone_international(Id, "telepon +62 21 555 1234", &[])]
#[case::phone_area_code(Id, "telepon (021) 5551234", &[])]
#[case::phone_plain(Id, "WA 081234567890", &[])]
#[case::url(Id, "https://example.com/berita/2024/10/600-tentara", &[])]
#[case::url_www(Id, "www.kompas2024.com", &[])]
#[case::email(Id, "redaksi@berita24.id", &[])]
#[case::version_v(En, "v2.3.1", &[])]
#[case::version_bare(En, "version 1.2.3", &[])]
#[case::ip_address(En, "192.168.1.1", &[])]
#[case::covid(Id, "Covid-19", &[])]
#[case::fighter(En, "F-16 jets", &[])]
#[case::summit(En, "the G20 summit", &[])]
#[case::aircraft(En, "an Airbus A320", &[])]
#[case::network(En, "5G network", &[])]
#[case::decade(Id, "tahun 1990-an", &[])]
#[case::year_pada(Id, "pada 2024", &[])]
#[case::year_tahun(Id, "pada tahun 2019,", &[])]
#[case::year_in(En, "in 2024", &[])]
#[case::year_alone(Id, "2025", &[])]
#[case::year_until(Id, "hingga 2024", &[])]
#[case::year_range(Id, "2019-2023", &[])]
#[case::year_range_words(Id, "antara 2019 dan 2023", &[])]
#[case::year_season(En, "the 2019-20 season", &[])]
#[case::year_before_noun(Id, "pada 2024 tentara dikirim", &[])]
#[case::time_colon(Id, "21:05 WIB", &[])]
#[case::time_pukul(Id, "pukul 21.05", &[])]
#[case::time_zone(Id, "10.30 WIB", &[])]
#[case::time_am(En, "9:30 am", &[])]
#[case::time_pm(En, "at 9 pm", &[])]
#[case::time_dotted(En, "at 9 a.m.", &[])]
#[case::date_slashes(Id, "Kamis (21/8/2025)", &[])]
#[case::fraction(Id, "1/2", &[])]
#[case::iso_date(Id, "date 2025-09-04", &[])]
#[case::day_month(Id, "4 September 2025", &[])]
#[case::month_day(En, "April 26, 2025", &[])]
#[case::month_year(Id, "September 2023", &[])]
#[case::salah_satu(Id, "salah satu negara", &[])]
#[case::satu_sama_lain(Id, "satu sama lain", &[])]
#[case::satu_satunya(Id, "satu-satunya", &[])]
#[case::one_of_the(En, "one of the soldiers", &[])]
#[case::no_one(En, "no one", &[])]
#[case::one_another(En, "one another", &[])]
#[case::a_alone(En, "a soldier", &[])]
#[case::seorang(Id, "seorang prajurit", &[])]
#[case::zero_padded(Id, "kode 007", &[])]
#[case::score(Id, "Tim menang 2-1 dan 3-0.", &[])]
#[case::day_range_before_month(Id, "antara 8 dan 13 Oktober", &[])]
#[case::day_range_after_month(En, "between October 8 and 13", &[])]
#[case::year_after_determiner(En, "the 2024 budget", &[])]
#[case::fraction_words(En, "one-third of troops", &[])]
#[case::time_wita(Id, "12.30 WITA", &[])]
#[case::satu_per_satu(Id, "Satu per satu mereka pergi.", &[])]
#[case::satu_alone(Id, "Hanya satu yang selamat.", &[])]
#[case::million_abbreviated(En, "1.5m people", &[])]
// FIXME: thousands grouped by a space ("100 000") are read as 100, then a zero-padded code.
#[case::space_grouped(En, "100 000 people", &[r#"number 100: "100""#])]
#[case::bullet_dash(Id, "- ", &[])]
#[case::m_alone(Id, "gempa M 5,6", &[])]
#[case::k_alone(En, "K 5", &[r#"number 5: "5""#])]
#[case::one_digit_k(En, "a 4K TV", &[])]
#[case::one_digit_m(En, "3M masks", &[])]
#[case::m_in_indonesian_prose(Id, "3M orang", &[])]
#[case::point_alone(En, "point 77", &[])]
#[case::koma_medical(Id, "pasien koma", &[])]
#[case::minus_word(Id, "minus pengalaman", &[])]
#[case::zero_padded_code(Id, "kode 0033", &[])]
#[case::countdown(En, "3-2-1 countdown", &[])]
#[case::clock_noon(En, "12:00", &[])]
#[case::ratio(En, "1:1", &[])]
#[case::time_pukul_sekitar(Id, "sekitar pukul 10 pagi", &[])]
#[case::year_then_ini(Id, "tahun 2025 ini", &[])]
#[case::year_then_lalu(Id, "pada 2024 lalu", &[])]
#[case::huge(Id, "99999999999999999999999", &[])]
#[case::huge_scaled(Id, "5.000.000 triliun", &[])]
#[case::huge_ordinal(Id, "ke-99999999999", &[])]
fn negatives(#[case] lang: Lang, #[case] text: &str, #[case] expected: &[&str]) {
    check(lang, text, expected);
}

#[test]
fn a_million_digits_do_not_panic() {
    let text = format!("{} tentara {}", "9".repeat(1_000_000), "1,".repeat(100_000));
    check(Id, &text, &[]);
}

/// Every number form in the five seed articles, quoted from them line by line.
#[rstest]
#[case::s000_l2(Id, "Pujian itu disampaikan Kim saat pertemuan dengan para komandan militer, menurut laporan media Korea Utara, Korean Central News Agency (KCNA), pada Kamis (21/8/2025).", &[])]
#[case::s000_l8(Id, "Trump telah mengadakan pertemuan dengan Presiden Rusia Vladimir Putin di Alaska pada Jumat (15/8/2025).", &[])]
#[case::s000_l9(Id, "Berselang dua hari, pada Senin (18/8/2025), ia mengagendakan pertemuan dengan Presiden Ukraina Volodymyr Zelensky bersama sejumlah pemimpin Eropa.", &[
    r#"number 2 unit=day: "dua hari""#,
    r#"quantity several vague noun=pemimpin: "sejumlah pemimpin""#,
])]
#[case::s000_l13(Id, "Pada April, Korea Utara untuk pertama kalinya mengonfirmasi bahwa mereka telah mengerahkan kontingen tentaranya ke garis depan di Ukraina, memperkuat pasukan Rusia.", &[
    r#"ordinal 1: "pertama kalinya""#,
])]
#[case::s000_l14(Id, "Badan intelijen Korea Selatan dan negara Barat menyatakan bahwa Pyongyang telah mengirim lebih dari 10 ribu pasukan ke wilayah Kursk, Rusia pada 2024, beserta meriam artileri, rudal, dan sistem roket jarak jauh.", &[
    r#"quantity 10000 more-than noun=pasukan: "lebih dari 10 ribu pasukan""#,
])]
#[case::s000_l15(Id, "Menurut Seoul, Sekitar 600 pasukan Korea Utara tewas dan ribuan lainnya terluka saat bertempur untuk Rusia.", &[
    r#"quantity 600 approx noun=pasukan: "Sekitar 600 pasukan""#,
    r#"quantity thousands vague: "ribuan lainnya""#,
])]
#[case::s001_l7(Id, "Menurut laporan Kantor Berita Pusat Korea (KCNA) yang dilaporkan oleh AFP pada Kamis, 21 Agustus 2025, Kim Jong Un menggelar angkatan bersenjata negaranya sebagai pasukan yang berani.", &[])]
#[case::s001_l9(Id, "Berdasarkan informasi dari intelijen Korea Utara, lebih dari 10.000 tentara telah dikirim ke Rusia untuk mendukung serangan militer mereka.", &[
    r#"quantity 10000 more-than noun=tentara: "lebih dari 10.000 tentara""#,
])]
#[case::s001_l13(Id, "Komentar tersebut muncul ketika Presiden Amerika Serikat, Donald Trump, berupaya mendorong penyelemaan konflik antara Rusia dan Ukraina setelah melakukan serangkaian pertemuan dengan pemimpin kedua negara terkait dalam beberapa hari terakhir.", &[
    r#"number several vague unit=day: "beberapa hari""#,
])]
#[case::s001_l17(Id, "Pada bulan April tahun ini, Korea Utara untuk pertama kalinya mengakui bahwa mereka telah mengirim pasukan ke garis depan Ukraina, bekerja sama dengan militer Rusia.", &[
    r#"ordinal 1: "pertama kalinya""#,
])]
#[case::s001_l19(Id, "Menurut laporan intelijen Korea Selatan, Pyongyang mengirimkan lebih dari 10.000 tentara ke Kursk, Rusia, pada tahun 2024, bersama senjata artileri, rudal, dan sistem roket jarak jauh. Hingga saat ini, sekitar 600 tentara Korea Utara telah tewas dan ribuan lainnya mengalami cedera saat berperang untuk Rusia.", &[
    r#"quantity 10000 more-than noun=tentara: "lebih dari 10.000 tentara""#,
    r#"quantity 600 approx noun=tentara: "sekitar 600 tentara""#,
    r#"quantity thousands vague: "ribuan lainnya""#,
])]
#[case::s001_l23(Id, "Dua negara yang terlibat dalam perang ini kini menghadapi tekanan untuk mengevaluasi strategi mereka, terutama dengan adanya korban jiwa yang terus meningkat.", &[
    r#"quantity 2 noun=negara: "Dua negara""#,
])]
#[case::s002_l1(Id, " date 2025-09-04 DUNIA", &[])]
#[case::s002_l3(Id, "Pernyataan ini menandai kali pertama presiden Rusia mengakui keterlibatan pasukan Korea Utara dalam perang Ukraina.", &[
    r#"ordinal 1: "kali pertama""#,
])]
#[case::s002_l5(Id, "4 September 2025", &[])]
#[case::s002_l11(Id, "Pernyataan ini menandai pertama kalinya Presiden Rusia mencatat keterlibatan pasukan Korea Utara dalam perang Ukraina atas inisiatif Kim.", &[
    r#"ordinal 1: "pertama kalinya""#,
])]
#[case::s002_l25(Id, "Ini adalah pertemuan bilateral keempat mereka yang berlangsung selama 2,5 jam.", &[
    r#"ordinal 4: "keempat""#,
    r#"number 2.5 unit=hour: "2,5 jam""#,
])]
#[case::s002_l27(Id, "Sebelumnya, Putin dan Kim pertama kali bertemu pada tahun 2019, ketika pemimpin Korea Utara melakukan perjalanan ke kota Vladivostok di Timur Jauh Rusia.", &[
    r#"ordinal 1: "pertama kali""#,
])]
#[case::s002_l29(Id, "Kemudian pada September 2023, Kim kembali melakukan perjalanan ke Timur Jauh Rusia untuk pertemuan kedua dengan Putin, yang sebelumnya melakukan kunjungan kedua ke Pyongyang pada Juni tahun lalu, di mana mereka menandatangani kemitraan strategis komprehensif yang mengharuskan dukungan militer satu sama lain jika terjadi serangan dari pihak ketiga.", &[
    r#"ordinal 2: "kedua""#,
    r#"ordinal 2: "kedua""#,
    r#"ordinal 3: "ketiga""#,
])]
#[case::s002_l31(Id, "Setelah itu, Pyongyang mengerahkan ribuan tentara ke Rusia dalam perang Ukraina.", &[
    r#"quantity thousands vague noun=tentara: "ribuan tentara""#,
])]
#[case::s002_l33(Id, "Menurut Korea Selatan, Pyongyang kehilangan sekitar 2.000 tentara dalam pertempuran melawan Kiev.", &[
    r#"quantity 2000 approx noun=tentara: "sekitar 2.000 tentara""#,
])]
#[case::s003_l2(Id, "Pengerahan pasukan militer Korea Utara ke Rusia ini merupakan perintahah langsung dari Kim Jong Un. Hal ini juga menjadi pertama kalinya Korea Utara mengakui pengerahan pasukan tersebut ke Rusia.", &[
    r#"ordinal 1: "pertama kalinya""#,
])]
#[case::s003_l4(Id, "\"Berdasarkan perintah kepala negara, sub-unit angkatan bersenjata Republik menganggap wilayah Rusia sebagai wilayah negara mereka dan membuktikan aliansi yang kuat antara kedua negara,\" kata komisi tersebut, dikutip KCNA, Senin (29/4/2025).", &[])]
#[case::s003_l9(Id, "Sebelumnya, Ukraina memperkirakan bahwa Korea Utara telah mengirim total 14.000 tentara, termasuk 3.000 bala bantuan untuk menggantikan korban yang gugur ke Rusia.", &[
    r#"quantity 14000 noun=tentara: "14.000 tentara""#,
    r#"quantity 3000 noun=bala bantuan: "3.000 bala bantuan""#,
])]
#[case::s003_l10(Id, "Namun mereka yang dikirim ke medan perang kekurangan kendaraan lapis baja dan pengalaman dalam peperangan pesawat nirawak. Mereka pun mengalami banyak korban tetapi beradaptasi dengan cepat.", &[
    r#"quantity many vague noun=korban: "banyak korban""#,
])]
#[case::s003_l11(Id, "Rusia mengonfirmasi pada hari Sabtu untuk pertama kalinya bahwa tentara Korea Utara telah bertempur bersama Rusia di Kursk.", &[
    r#"ordinal 1: "pertama kalinya""#,
])]
#[case::s004_l7(Id, "Badan intelijen Korea Selatan dan Barat menyebut Pyongyang mengirim lebih dari 10.000 prajurit ke region Kursk Rusia pada 2024, bersama dengan peluru artileri, misil, dan sistem roket jarak jauh untuk digunakan Rusia melawan Ukraina.", &[
    r#"quantity 10000 more-than noun=prajurit: "lebih dari 10.000 prajurit""#,
])]
#[case::s004_l9(Id, "Sekitar 600 dari prajurit Korea Utara tersebut dilaporkan tewas dan ribuan lainnya luka-luka saat bertempur untuk Rusia, menurut perkiraan intelijen Seoul.", &[
    r#"quantity 600 approx noun=prajurit: "Sekitar 600 dari prajurit""#,
    r#"quantity thousands vague: "ribuan lainnya""#,
])]
#[case::s004_l10(Id, "Komentar Kim ini muncul bersamaan dengan Presiden Amerika Serikat Donald Trump yang meningkatkan upaya sejauh ini belum berhasil untuk mengakhiri perang Rusia-Ukraina, setelah melakukan pembicaraan tingkat tinggi dengan pemimpin kedua negara dalam hari-hari terakhir.", &[])]
#[case::s004_l13(Id, "Kim Jong Un (kiri) memeluk seorang prajurit Korea Utara yang bertempur bersama Rusia dalam perangnya melawan Ukraina, di markas Komite Pusat Partai Buruh Korea di Pyongyang [KCNA via KNS/AFP]", &[])]
fn seeds(#[case] lang: Lang, #[case] text: &str, #[case] expected: &[&str]) {
    check(lang, text, expected);
}

/// The English forms of the seeds' figures, as wire reports write them.
#[rstest]
#[case(En, "more than 10,000 troops to Kursk in 2024", &[r#"quantity 10000 more-than noun=troops: "more than 10,000 troops""#])]
#[case(En, "around 600 of the soldiers were killed and thousands more wounded", &[
    r#"quantity 600 approx noun=soldiers: "around 600 of the soldiers""#,
    r#"quantity thousands vague: "thousands more""#,
])]
#[case(En, "a total of 14,000 troops, including 3,000 reinforcements", &[
    r#"quantity 14000 noun=troops: "14,000 troops""#,
    r#"quantity 3000 noun=reinforcements: "3,000 reinforcements""#,
])]
#[case(En, "their fourth bilateral meeting, which lasted 2.5 hours", &[
    r#"ordinal 4: "fourth""#,
    r#"number 2.5 unit=hour: "2.5 hours""#,
])]
#[case(En, "the leaders of both countries", &[])]
fn seeds_in_english(#[case] lang: Lang, #[case] text: &str, #[case] expected: &[&str]) {
    check(lang, text, expected);
}
