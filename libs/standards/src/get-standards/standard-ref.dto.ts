import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { ID_SHAPE } from '../domain/index.js';

/** A request's citation of one version of a national standard (GET /api/v1/standards lists them). */
export class StandardRefDto {
  @ApiProperty({ example: 'oap-slcn-primary' }) @IsString() @Matches(ID_SHAPE) id!: string;
  @ApiProperty({ type: 'integer', example: 2, minimum: 1 }) @IsInt() @Min(1) @Max(1000) version!: number;
}
