/* global window, document */
// The SurveyJS page: the questionnaire rendered by survey-js-ui, answers kept in the model.
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import 'survey-core/survey-core.min.css';
import { surveyJson } from './questionnaire.mjs';

const model = new Model(surveyJson());
model.setVariable('role', new URLSearchParams(window.location.search).get('role'));
renderSurvey(model, document.getElementById('survey'));
