import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { NOT_BLANK } from '@send/platform';

/**
 * The `views` property of representations, the same whether a caseworker records them or the family sends them:
 * optional free text, up to 5,000 characters, encrypted at rest (docs/api.md, `POST …/plan/representations`).
 */
export const RepresentationViews = () =>
  applyDecorators(
    ApiPropertyOptional({
      description:
        "The family's views on the draft or the proposed amendments, in their own words (personal data: encrypted at rest)",
      maxLength: 5000,
    }),
    IsOptional(),
    IsString(),
    Matches(...NOT_BLANK),
    MaxLength(5000),
  );
