// The legacy Hello page: a React page as the app had it before the migration; Pages/HelloPage.cs is its native twin.

import React, { useEffect, useState } from 'react';
import { View, Text, fetchData, requestFocus } from 'bridge-host';

export default function Hello() {
  const [greetings, setGreetings] = useState([]);
  const [chosen, setChosen] = useState('Choose a greeting');

  useEffect(() => {
    fetchData('greetings', {}).then(setGreetings);
  }, []);
  useEffect(() => {
    if (greetings.length > 0) requestFocus('greeting-0');
  }, [greetings]);

  return (
    <View testID="hello" style={{ flexDirection: 'column', padding: 64, width: '100%', height: '100%', backgroundColor: '#101418' }}>
      <Text testID="title" style={{ color: '#ffffff', fontSize: 44, fontWeight: 'bold' }}>BridgeApp1</Text>
      <Text testID="chosen" style={{ color: '#8fa3b8', fontSize: 22, marginTop: 8 }}>{chosen}</Text>
      <View testID="greetings" style={{ flexDirection: 'column', gap: 12, marginTop: 32 }}>
        {greetings.map((text, i) => (
          <View key={text} testID={'greeting-' + i} focusable focusScale={1.05} onPress={() => setChosen(text)}
                style={{ width: 480, height: 64, paddingLeft: 24, justifyContent: 'center', borderRadius: 8, backgroundColor: '#1c2230' }}>
            <Text style={{ color: '#ffffff', fontSize: 26 }}>{text}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
