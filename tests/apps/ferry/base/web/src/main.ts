import './components/ferry-app';
