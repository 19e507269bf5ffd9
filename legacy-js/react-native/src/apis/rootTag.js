import React from 'react';

export const RootTagContext = React.createContext(0);
