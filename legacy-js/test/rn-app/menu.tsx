import { AppRegistry } from 'react-native';
import { MenuApp } from './MenuApp';

AppRegistry.registerComponent('rn-menu', () => MenuApp);
