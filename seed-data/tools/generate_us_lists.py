#!/usr/bin/env python3
"""Regenerates the seed rows taken from three U.S. government lists.

Reads the unmodified copies kept beside the project (../shared/data/designations/) and writes
seed-data/designations/us-*.csv, seed-data/entities/us-*.csv and
seed-data/relationships/us-*.csv. Each row cites the government publication
and quotes the list text it comes from. Entities the curated files already define are mapped
to their ids (KNOWN below) instead of being created twice.

Usage: python3 seed-data/tools/generate_us_lists.py ../shared/data/designations
"""
import csv
import os
import re
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.dirname(HERE)

# Names on the lists that denote entities the curated seed files already hold.
KNOWN = {
    'hangzhou hikvision digital technology co ltd': 'company/hikvision',
    'hangzhou hikvision digital technology company': 'company/hikvision',
    'zhejiang dahua technology co ltd': 'company/dahua-technology',
    'dahua technology company': 'company/dahua-technology',
    'beijing megvii technology co ltd': 'company/megvii',
    'sensetime group inc': 'company/sensetime',
    'shanghai yitu network technology co ltd': 'company/yitu-technology',
    'huawei technologies co ltd': 'company/huawei',
    'huawei technologies company': 'company/huawei',
    'zte corporation': 'company/zte',
    'hytera communications corporation': 'company/hytera',
}
EDITION_SOURCE = 'source/dod-1260h-{}'
FCC_SOURCE = 'source/fcc-covered-list'
NDAA_SOURCE = 'source/ndaa-fy2019-section-889'
NDAA_CITATION = 'Section 889 of the John S. McCain National Defense Authorization Act for Fiscal Year 2019 (Public Law 115-232)'
DOD_CITATION = 'Section 1260H of the William M. (Mac) Thornberry National Defense Authorization Act for Fiscal Year 2021 (Public Law 116-283)'


def key(name):
    return re.sub(r'\s+', ' ', re.sub(r'[^\w ]', ' ', name.lower())).strip()


def slug(name):
    return re.sub(r'-+', '-', re.sub(r'[^a-z0-9]+', '-', name.lower())).strip('-')


def write(path, header, rows):
    with open(os.path.join(SEED, path), 'w', newline='', encoding='utf-8') as out:
        writer = csv.writer(out, lineterminator='\n')
        writer.writerow(header)
        for row in rows:
            writer.writerow([row.get(column, '') for column in header])


ENTITY_HEADER = ['id', 'kind', 'name', 'aliases', 'formerNames', 'country', 'description', 'sourceId', 'passage']
DESIGNATION_HEADER = ['id', 'entity', 'list', 'statementKind', 'announced', 'effective', 'removed', 'legalCitation',
                      'scope', 'reason', 'sourceId', 'passage', 'note']
RELATIONSHIP_HEADER = ['from', 'type', 'to', 'statementKind', 'sourceId', 'passage', 'validFrom', 'validTo', 'share', 'note']


class Entities:
    def __init__(self):
        self.rows = {}
        self.ids = dict(KNOWN)

    def resolve(self, name, source, passage, kind='Company', country='', alias='', former=''):
        k = key(name)
        if k in self.ids:
            entity_id = self.ids[k]
            row = self.rows.get(entity_id)
            if row is not None:
                self._add(row, 'aliases', alias)
                self._add(row, 'formerNames', former)
            return entity_id
        entity_id = ('company/' if kind == 'Company' else 'equipment-category/') + slug(name)
        self.ids[k] = entity_id
        self.rows[entity_id] = dict(id=entity_id, kind=kind, name=name.strip().rstrip(','), aliases=alias,
                                    formerNames=former, country=country, sourceId=source, passage=passage)
        return entity_id

    @staticmethod
    def _add(row, column, value):
        values = [v for v in row[column].split('|') if v]
        for v in value.split(';'):
            v = v.strip()
            if v and v not in values:
                values.append(v)
        row[column] = '|'.join(values)


def dod_1260h(folder, entities):
    designations, parents, seen_parents = [], [], set()
    with open(os.path.join(folder, 'dod-1260h-chinese-military-companies.csv'), encoding='utf-8') as f:
        for row in csv.DictReader(f):
            source = EDITION_SOURCE.format(row['Start date'])
            name = row['Clean Name'].strip()
            entity = entities.resolve(name, source, row['Name'], country='CN', alias=row['Alias'], former=row['Previous Name'])
            designation_id = 'designation/us-dod-1260h/{}/{}'.format(row['Start date'], entity.split('/', 1)[1])
            note = ''
            if row['End date']:
                note = 'Listing ended {} as recorded in the transcription of the DoD lists.'.format(row['End date'])
            designations.append(dict(id=designation_id, entity=entity, list='list/us-dod-1260h', statementKind='official_act',
                                     announced=row['Start date'], effective=row['Start date'], removed=row['End date'],
                                     legalCitation=DOD_CITATION, reason=row['Note'], sourceId=source,
                                     passage=row['Name'], note=note))
            if row['Parent Name']:
                parent = entities.resolve(row['Parent Name'].strip(), source, row['Parent Name'].strip(), country='CN')
                if (entity, parent, source) not in seen_parents:
                    seen_parents.add((entity, parent, source))
                    parents.append({'from': entity, 'type': 'SUBSIDIARY_OF', 'to': parent, 'statementKind': 'official_act',
                                    'sourceId': source, 'passage': row['Parent Name'].strip(),
                                    'note': 'DoD names this parent for “{}” in the {} edition.'.format(row['Name'], row['Start date'])})
    return designations, parents


FCC_PRODUCER = re.compile(r'(?:produced|provided|supplied, directly or indirectly,) by (.+?)(?:, to the extent|, including| subject| or any| and its|$)')
FCC_SUBSIDIARY = re.compile(r'and its wholly-owned subsidiary (.+?) subject')
CATEGORY_END = re.compile(r' produced|,| —| \^| except')


def fcc(folder, entities, relationships):
    designations = []
    with open(os.path.join(folder, 'fcc-covered-list.csv'), encoding='utf-8') as f:
        for row in csv.DictReader(f):
            text = row['covered_equipment_or_services'].strip()
            match = FCC_PRODUCER.search(text)
            if match and 'foreign country' not in text:
                entity = entities.resolve(match.group(1).strip().rstrip(','), FCC_SOURCE, text)
            else:
                entity = entities.resolve(CATEGORY_END.split(text)[0].strip(), FCC_SOURCE, text, kind='EquipmentCategory')
            subsidiary = FCC_SUBSIDIARY.search(text)
            if subsidiary:
                child = entities.resolve(subsidiary.group(1).strip(), FCC_SOURCE, text)
                relationships.append({'from': child, 'type': 'SUBSIDIARY_OF', 'to': entity, 'statementKind': 'official_act',
                                      'sourceId': FCC_SOURCE, 'passage': subsidiary.group(0)[:-len(' subject')],
                                      'share': '1.0'})
            dates = re.findall(r'([A-Z][a-z]+ \d{1,2}, \d{4})', row['date_of_inclusion_on_covered_list'])
            iso = [datetime.strptime(d, '%B %d, %Y').date().isoformat() for d in dates]
            note = 'Updated ' + ', '.join(iso[1:]) + '.' if len(iso) > 1 else ''
            designations.append(dict(id='designation/us-fcc-covered-list/{}/{}'.format(iso[0], entity.split('/', 1)[1]),
                                     entity=entity, list='list/us-fcc-covered-list', statementKind='official_act',
                                     effective=iso[0], legalCitation='47 CFR 1.50002', scope=text, sourceId=FCC_SOURCE,
                                     passage=text, note=note))
    return designations


def ndaa_889(folder, entities):
    designations = []
    with open(os.path.join(folder, 'ndaa-section-889.csv'), encoding='utf-8') as f:
        for row in csv.DictReader(f):
            entity = entities.resolve(row['name'], NDAA_SOURCE, row['name'])
            designations.append(dict(id='designation/us-ndaa-section-889/' + entity.split('/', 1)[1], entity=entity,
                                     list='list/us-ndaa-section-889', statementKind='official_act',
                                     legalCitation=NDAA_CITATION, sourceId=NDAA_SOURCE, passage=row['name']))
    return designations


def main(folder):
    entities = Entities()
    write('designations/us-ndaa-section-889.csv', DESIGNATION_HEADER, ndaa_889(folder, entities))
    fcc_relationships = []
    write('designations/us-fcc-covered-list.csv', DESIGNATION_HEADER, fcc(folder, entities, fcc_relationships))
    write('relationships/us-fcc-covered-list.csv', RELATIONSHIP_HEADER, fcc_relationships)
    designations, parents = dod_1260h(folder, entities)
    write('designations/us-dod-1260h.csv', DESIGNATION_HEADER, designations)
    write('relationships/us-dod-1260h-parents.csv', RELATIONSHIP_HEADER, parents)
    write('entities/us-lists.csv', ENTITY_HEADER, sorted(entities.rows.values(), key=lambda r: r['id']))


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(SEED, '..', '..', 'shared', 'data', 'designations'))
