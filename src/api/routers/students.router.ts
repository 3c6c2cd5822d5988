import { z } from 'zod';
import { EntityId } from '../../domain/entity-id.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { studentPage } from '../queries/student-page.js';
import { DEFAULT_PAGE_SIZE, PageQuery, QueryBoolean, pageOf } from '../schemas/common.schemas.js';

/** A boarding student: an anonymous id, a grade and a home stop; nothing that identifies a child. */
export const StudentOut = z
  .object({
    id: EntityId,
    schoolId: EntityId,
    grade: z.number().int().min(1).max(9),
    homePlaceId: EntityId.meta({ description: 'the village stop where the student boards on Sunday and alights on Friday' }),
    needsRide: z.boolean(),
    currentlyRides: z.boolean(),
  })
  .meta({ id: 'Student' });

const StudentQuery = z.strictObject({
  school: EntityId.optional().meta({ description: 'only students of this school' }),
  needsRide: QueryBoolean.optional().meta({ description: 'only students who need (`true`) or do not need (`false`) a ride' }),
  ...PageQuery,
});

/** Students: coordinators only (the issue: "students (coordinator only, anonymous ids)"). */
export const studentsRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'get', path: '/api/v1/students', operationId: 'listStudents', tag: 'students', access: ['coordinator'],
    summary: 'Boarding students by anonymous id, filtered by school and need of a ride, paginated.',
    query: StudentQuery,
    success: { status: 200, description: 'a page of students', schema: pageOf(StudentOut, 'StudentPage') },
    handle: async ({ query }, ctx) => {
      const page = query.page ?? 1;
      const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
      const { items, total } = await studentPage(ctx.db, { countyId: ctx.countyId, schoolId: query.school, needsRide: query.needsRide, page, pageSize });
      return {
        items: items.map((s) => ({ id: s.id, schoolId: s.schoolId, grade: s.grade, homePlaceId: s.homePlaceId, needsRide: s.needsRide, currentlyRides: s.currentlyRides })),
        page, pageSize, total,
      };
    },
  }),
];
