// The ceiling: a bare Apollo Server on the same HTTP stack (Express 5 + express5 integration,
// JSON body parser, CSRF prevention) answering a constant. Started as its own process.
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

// The same operation shape as the real saveAnswers, so both servers parse and validate alike.
const typeDefs = `
  type Query { ok: Boolean! }
  type Mutation { saveAnswers(token: String!, answers: [AnswerInput!]!): SaveAnswersPayload! }
  input AnswerInput { questionId: ID!, optionId: ID, optionIds: [ID!], text: String, comment: String }
  type SaveAnswersPayload { saved: Int!, progress: Progress! }
  type Progress { answered: Int!, total: Int! }`;
const resolvers = {
  Query: { ok: () => true },
  Mutation: { saveAnswers: (_parent, args) => ({ saved: args.answers.length, progress: { answered: 1, total: 55 } }) },
};
const apollo = new ApolloServer({ typeDefs, resolvers, plugins: [ApolloServerPluginCacheControlDisabled()] });
await apollo.start();
const app = express();
app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo));
const server = http.createServer(app);
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(JSON.stringify({ port: server.address().port }));
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
