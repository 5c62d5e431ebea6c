import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('ShareLink', { description: 'A read-only link to a check-up’s web report and PDF.' })
export class ShareLinkGql {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'Only in the answer of createShareLink; stored hashed.' }) token: string | null;
  @Field(() => String, { nullable: true, description: 'The web report’s address; only in the answer of createShareLink.' }) url: string | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) expiresAt: Date | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) revokedAt: Date | null;
  @Field(() => GraphQLDateTimeISO) createdAt: Date;
  @Field(() => String, { nullable: true, description: 'Who made it.' }) createdByName: string | null;
}
