import 'reflect-metadata';
import { Controller, Get, Module, Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { GENESIS_HASH } from '@send/kernel';
import Database from 'better-sqlite3';
import Holidays from 'date-holidays';
import { LocalDate } from '@js-joda/core';
import canonicalize from 'canonicalize';

@Injectable()
class S {
  v() {
    return GENESIS_HASH.length;
  }
}
@Controller('a')
class C {
  constructor(private readonly s: S) {}
  @Get() get() {
    return { v: this.s.v() };
  }
}
@Module({ controllers: [C], providers: [S] })
class M {}

test('boots', async () => {
  const m = await Test.createTestingModule({ imports: [M] }).compile();
  const app = m.createNestApplication();
  await app.init();
  const r = await request(app.getHttpServer()).get('/a');
  expect(r.body).toEqual({ v: 64 });
  expect(new Database(':memory:').prepare('select 1 a').get()).toEqual({ a: 1 });
  expect(new Holidays('GB', 'ENG').isHoliday(new Date('2024-12-25T12:00:00Z'))).toBeTruthy();
  expect(LocalDate.parse('2024-01-31').plusMonths(1).toString()).toBe('2024-02-29');
  expect(canonicalize({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  await app.close();
});
