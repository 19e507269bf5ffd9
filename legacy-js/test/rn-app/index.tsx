import { AppRegistry } from 'react-native';
import { SpaceNavApp } from './SpaceNavApp';
import { NoriginHome } from './NoriginHome';

AppRegistry.registerComponent('rn-catalog', () => SpaceNavApp);
AppRegistry.registerComponent('rn-norigin', () => NoriginHome);
