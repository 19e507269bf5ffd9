import { AppRegistry } from 'react-native';
import { Swatch } from './SwatchScreen';

AppRegistry.registerComponent('rn-swatch', () => Swatch);
