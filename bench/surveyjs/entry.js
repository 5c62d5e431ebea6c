/* global window, document */
// The SurveyJS page: the questionnaire rendered by survey-js-ui, answers kept in the model.
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
// Without the theme's web fonts (Google Fonts): the app uses the system's fonts, and neither page
// may fetch from another site here.
import 'survey-core/survey-core.fontless.min.css';
import { surveyJson } from './questionnaire.mjs';

const model = new Model(surveyJson());
model.setVariable('role', new URLSearchParams(window.location.search).get('role'));
renderSurvey(model, document.getElementById('survey'));
