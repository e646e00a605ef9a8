-- DEMO DATA ONLY. Loaded by the local run and by the tests (Flyway location db/demo), NEVER in production.
--
-- A Flyway repeatable migration: re-run whenever this file changes, so every statement is idempotent
-- (insert ... select ... where not exists on the natural key). It only adds missing rows and never
-- overwrites what an administrator changed in the application.
-- Natural keys: funding_agency (country_code, acronym); organisation ror_id, else name.
-- Real agencies and institutions; ROR ids (without the https://ror.org/ prefix) only where checked,
-- otherwise null. Requires V2__countries.sql (country codes).

-- Funding agencies of the partner countries (ISO 4217 currency of the grants they award).
insert into funding_agency (acronym, name, country_code, currency, website)
    select 'NSFC', 'National Natural Science Foundation of China', 'CN', 'CNY', 'https://www.nsfc.gov.cn'
    where not exists (select 1 from funding_agency where country_code = 'CN' and acronym = 'NSFC');
insert into funding_agency (acronym, name, country_code, currency, website)
    select 'MOST', 'Ministry of Science and Technology of the People''s Republic of China', 'CN', 'CNY', 'https://www.most.gov.cn'
    where not exists (select 1 from funding_agency where country_code = 'CN' and acronym = 'MOST');
insert into funding_agency (acronym, name, country_code, currency, website)
    select 'ANR', 'Agence nationale de la recherche', 'FR', 'EUR', 'https://anr.fr'
    where not exists (select 1 from funding_agency where country_code = 'FR' and acronym = 'ANR');
insert into funding_agency (acronym, name, country_code, currency, website)
    select 'DFG', 'Deutsche Forschungsgemeinschaft', 'DE', 'EUR', 'https://www.dfg.de'
    where not exists (select 1 from funding_agency where country_code = 'DE' and acronym = 'DFG');
insert into funding_agency (acronym, name, country_code, currency, website)
    select 'NACOSTI', 'National Commission for Science, Technology and Innovation', 'KE', 'KES', 'https://www.nacosti.go.ke'
    where not exists (select 1 from funding_agency where country_code = 'KE' and acronym = 'NACOSTI');
insert into funding_agency (acronym, name, country_code, currency, website)
    select 'NRF', 'National Research Fund', 'KE', 'KES', 'https://www.researchfund.go.ke'
    where not exists (select 1 from funding_agency where country_code = 'KE' and acronym = 'NRF');
insert into funding_agency (acronym, name, country_code, currency, website)
    select 'CNPq', 'Conselho Nacional de Desenvolvimento Científico e Tecnológico', 'BR', 'BRL', 'https://www.gov.br/cnpq'
    where not exists (select 1 from funding_agency where country_code = 'BR' and acronym = 'CNPq');
insert into funding_agency (acronym, name, country_code, currency, website)
    select 'FAPESP', 'Fundação de Amparo à Pesquisa do Estado de São Paulo', 'BR', 'BRL', 'https://fapesp.br'
    where not exists (select 1 from funding_agency where country_code = 'BR' and acronym = 'FAPESP');
insert into funding_agency (acronym, name, country_code, currency, website)
    select 'NRF', 'National Research Foundation', 'ZA', 'ZAR', 'https://www.nrf.ac.za'
    where not exists (select 1 from funding_agency where country_code = 'ZA' and acronym = 'NRF');
insert into funding_agency (acronym, name, country_code, currency, website)
    select 'DST', 'Department of Science and Technology', 'IN', 'INR', 'https://dst.gov.in'
    where not exists (select 1 from funding_agency where country_code = 'IN' and acronym = 'DST');
insert into funding_agency (acronym, name, country_code, currency, website)
    select 'STDF', 'Science, Technology and Innovation Funding Authority', 'EG', 'EGP', 'https://stdf.eg'
    where not exists (select 1 from funding_agency where country_code = 'EG' and acronym = 'STDF');
insert into funding_agency (acronym, name, country_code, currency, website)
    select 'ASRT', 'Academy of Scientific Research and Technology', 'EG', 'EGP', 'https://www.asrt.sci.eg'
    where not exists (select 1 from funding_agency where country_code = 'EG' and acronym = 'ASRT');
insert into funding_agency (acronym, name, country_code, currency, website)
    select 'NSTDA', 'National Science and Technology Development Agency', 'TH', 'THB', 'https://www.nstda.or.th'
    where not exists (select 1 from funding_agency where country_code = 'TH' and acronym = 'NSTDA');
insert into funding_agency (acronym, name, country_code, currency, website)
    select 'NRCT', 'National Research Council of Thailand', 'TH', 'THB', 'https://www.nrct.go.th'
    where not exists (select 1 from funding_agency where country_code = 'TH' and acronym = 'NRCT');
insert into funding_agency (acronym, name, country_code, currency, website)
    select 'Agencia I+D+i', 'Agencia Nacional de Promoción de la Investigación, el Desarrollo Tecnológico y la Innovación', 'AR', 'ARS', 'https://www.argentina.gob.ar/ciencia/agencia'
    where not exists (select 1 from funding_agency where country_code = 'AR' and acronym = 'Agencia I+D+i');
insert into funding_agency (acronym, name, country_code, currency, website)
    select 'NAFOSTED', 'National Foundation for Science and Technology Development', 'VN', 'VND', 'https://nafosted.gov.vn'
    where not exists (select 1 from funding_agency where country_code = 'VN' and acronym = 'NAFOSTED');
insert into funding_agency (acronym, name, country_code, currency, website)
    select 'BRIN', 'Badan Riset dan Inovasi Nasional', 'ID', 'IDR', 'https://www.brin.go.id'
    where not exists (select 1 from funding_agency where country_code = 'ID' and acronym = 'BRIN');
insert into funding_agency (acronym, name, country_code, currency, website)
    select 'TÜBİTAK', 'Türkiye Bilimsel ve Teknolojik Araştırma Kurumu', 'TR', 'TRY', 'https://www.tubitak.gov.tr'
    where not exists (select 1 from funding_agency where country_code = 'TR' and acronym = 'TÜBİTAK');

-- Universities and research organisations (including those of the demo users).
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Tsinghua University', 'CN', 'UNIVERSITY', 'Beijing', '03cve4549'
    where not exists (select 1 from organisation where ror_id = '03cve4549' or name = 'Tsinghua University');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Peking University', 'CN', 'UNIVERSITY', 'Beijing', '02v51f717'
    where not exists (select 1 from organisation where ror_id = '02v51f717' or name = 'Peking University');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Zhejiang University', 'CN', 'UNIVERSITY', 'Hangzhou', '00a2xv884'
    where not exists (select 1 from organisation where ror_id = '00a2xv884' or name = 'Zhejiang University');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Chinese Academy of Sciences', 'CN', 'RESEARCH_ORGANISATION', 'Beijing', '034t30j35'
    where not exists (select 1 from organisation where ror_id = '034t30j35' or name = 'Chinese Academy of Sciences');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Sorbonne Université', 'FR', 'UNIVERSITY', 'Paris', '02en5vm52'
    where not exists (select 1 from organisation where ror_id = '02en5vm52' or name = 'Sorbonne Université');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Centre national de la recherche scientifique', 'FR', 'RESEARCH_ORGANISATION', 'Paris', '02feahw73'
    where not exists (select 1 from organisation where ror_id = '02feahw73' or name = 'Centre national de la recherche scientifique');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Institut de recherche pour le développement', 'FR', 'RESEARCH_ORGANISATION', 'Marseille', '05q3vnk25'
    where not exists (select 1 from organisation where ror_id = '05q3vnk25' or name = 'Institut de recherche pour le développement');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Centre de coopération internationale en recherche agronomique pour le développement', 'FR', 'RESEARCH_ORGANISATION', 'Montpellier', '05kpkpg04'
    where not exists (select 1 from organisation where ror_id = '05kpkpg04' or name = 'Centre de coopération internationale en recherche agronomique pour le développement');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Institut Pasteur', 'FR', 'RESEARCH_ORGANISATION', 'Paris', '0495fxg12'
    where not exists (select 1 from organisation where ror_id = '0495fxg12' or name = 'Institut Pasteur');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Technische Universität München', 'DE', 'UNIVERSITY', 'Munich', '02kkvpp62'
    where not exists (select 1 from organisation where ror_id = '02kkvpp62' or name = 'Technische Universität München');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Max-Planck-Gesellschaft', 'DE', 'RESEARCH_ORGANISATION', 'Munich', '01hhn8329'
    where not exists (select 1 from organisation where ror_id = '01hhn8329' or name = 'Max-Planck-Gesellschaft');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Potsdam-Institut für Klimafolgenforschung', 'DE', 'RESEARCH_ORGANISATION', 'Potsdam', '03e8s1d88'
    where not exists (select 1 from organisation where ror_id = '03e8s1d88' or name = 'Potsdam-Institut für Klimafolgenforschung');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'University of Nairobi', 'KE', 'UNIVERSITY', 'Nairobi', '02y9nww90'
    where not exists (select 1 from organisation where ror_id = '02y9nww90' or name = 'University of Nairobi');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Kenyatta University', 'KE', 'UNIVERSITY', 'Nairobi', '05p2z3x69'
    where not exists (select 1 from organisation where ror_id = '05p2z3x69' or name = 'Kenyatta University');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Kenya Medical Research Institute', 'KE', 'RESEARCH_ORGANISATION', 'Nairobi', '04r1cxt79'
    where not exists (select 1 from organisation where ror_id = '04r1cxt79' or name = 'Kenya Medical Research Institute');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'International Livestock Research Institute', 'KE', 'RESEARCH_ORGANISATION', 'Nairobi', '01jxjwb74'
    where not exists (select 1 from organisation where ror_id = '01jxjwb74' or name = 'International Livestock Research Institute');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'International Centre of Insect Physiology and Ecology', 'KE', 'RESEARCH_ORGANISATION', 'Nairobi', null
    where not exists (select 1 from organisation where name = 'International Centre of Insect Physiology and Ecology');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'African Academy of Sciences', 'KE', 'NGO', 'Nairobi', null
    where not exists (select 1 from organisation where name = 'African Academy of Sciences');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Universidade de São Paulo', 'BR', 'UNIVERSITY', 'São Paulo', '036rp1748'
    where not exists (select 1 from organisation where ror_id = '036rp1748' or name = 'Universidade de São Paulo');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Universidade Estadual de Campinas', 'BR', 'UNIVERSITY', 'Campinas', '04wffgt70'
    where not exists (select 1 from organisation where ror_id = '04wffgt70' or name = 'Universidade Estadual de Campinas');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Fundação Oswaldo Cruz', 'BR', 'RESEARCH_ORGANISATION', 'Rio de Janeiro', '04jhswv08'
    where not exists (select 1 from organisation where ror_id = '04jhswv08' or name = 'Fundação Oswaldo Cruz');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Empresa Brasileira de Pesquisa Agropecuária', 'BR', 'RESEARCH_ORGANISATION', 'Brasília', '0482b5b22'
    where not exists (select 1 from organisation where ror_id = '0482b5b22' or name = 'Empresa Brasileira de Pesquisa Agropecuária');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'National Research Foundation', 'ZA', 'PUBLIC_BODY', 'Pretoria', null
    where not exists (select 1 from organisation where name = 'National Research Foundation');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'University of Cape Town', 'ZA', 'UNIVERSITY', 'Cape Town', '03p74gp79'
    where not exists (select 1 from organisation where ror_id = '03p74gp79' or name = 'University of Cape Town');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Stellenbosch University', 'ZA', 'UNIVERSITY', 'Stellenbosch', '05bk57929'
    where not exists (select 1 from organisation where ror_id = '05bk57929' or name = 'Stellenbosch University');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'University of the Witwatersrand', 'ZA', 'UNIVERSITY', 'Johannesburg', '03rp50x72'
    where not exists (select 1 from organisation where ror_id = '03rp50x72' or name = 'University of the Witwatersrand');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Indian Institute of Science', 'IN', 'UNIVERSITY', 'Bengaluru', '04dese585'
    where not exists (select 1 from organisation where ror_id = '04dese585' or name = 'Indian Institute of Science');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Indian Institute of Technology Bombay', 'IN', 'UNIVERSITY', 'Mumbai', '02qyf5152'
    where not exists (select 1 from organisation where ror_id = '02qyf5152' or name = 'Indian Institute of Technology Bombay');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Cairo University', 'EG', 'UNIVERSITY', 'Giza', '03q21mh05'
    where not exists (select 1 from organisation where ror_id = '03q21mh05' or name = 'Cairo University');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'National Research Centre', 'EG', 'RESEARCH_ORGANISATION', 'Giza', null
    where not exists (select 1 from organisation where name = 'National Research Centre');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Addis Ababa University', 'ET', 'UNIVERSITY', 'Addis Ababa', '038b8e254'
    where not exists (select 1 from organisation where ror_id = '038b8e254' or name = 'Addis Ababa University');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Jimma University', 'ET', 'UNIVERSITY', 'Jimma', '05eer8g02'
    where not exists (select 1 from organisation where ror_id = '05eer8g02' or name = 'Jimma University');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Vietnam National University, Hanoi', 'VN', 'UNIVERSITY', 'Hanoi', null
    where not exists (select 1 from organisation where name = 'Vietnam National University, Hanoi');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Chulalongkorn University', 'TH', 'UNIVERSITY', 'Bangkok', '028wp3y58'
    where not exists (select 1 from organisation where ror_id = '028wp3y58' or name = 'Chulalongkorn University');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Mahidol University', 'TH', 'UNIVERSITY', 'Nakhon Pathom', '01znkr924'
    where not exists (select 1 from organisation where ror_id = '01znkr924' or name = 'Mahidol University');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Universidad de Buenos Aires', 'AR', 'UNIVERSITY', 'Buenos Aires', '0081fs513'
    where not exists (select 1 from organisation where ror_id = '0081fs513' or name = 'Universidad de Buenos Aires');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Consejo Nacional de Investigaciones Científicas y Técnicas', 'AR', 'RESEARCH_ORGANISATION', 'Buenos Aires', '03cqe8w59'
    where not exists (select 1 from organisation where ror_id = '03cqe8w59' or name = 'Consejo Nacional de Investigaciones Científicas y Técnicas');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'Makerere University', 'UG', 'UNIVERSITY', 'Kampala', '03dmz0111'
    where not exists (select 1 from organisation where ror_id = '03dmz0111' or name = 'Makerere University');
insert into organisation (name, country_code, org_type, city, ror_id)
    select 'University of Ghana', 'GH', 'UNIVERSITY', 'Accra', '01r22mr83'
    where not exists (select 1 from organisation where ror_id = '01r22mr83' or name = 'University of Ghana');
