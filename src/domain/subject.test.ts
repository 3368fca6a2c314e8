import { expect } from '@open-wc/testing';
import { defaultSubject } from './subject.js';

describe('defaultSubject', () => {
  it('reads "Inquiry about your <Year> <Make> <Model>" (seed 001)', () => {
    const context = { vehicle: { year: 2019, make: 'Honda', model: 'Civic' } };
    expect(defaultSubject(context)).to.equal('Inquiry about your 2019 Honda Civic');
  });

  it('takes the year as text too', () => {
    expect(defaultSubject({ vehicle: { year: '2021', make: 'Ford', model: 'F-150' } })).to.equal('Inquiry about your 2021 Ford F-150');
  });

  it('leaves out a missing part without a double space', () => {
    expect(defaultSubject({ vehicle: { make: 'Honda', model: 'Civic' } })).to.equal('Inquiry about your Honda Civic');
    expect(defaultSubject({ vehicle: { year: 2019, model: 'Civic' } })).to.equal('Inquiry about your 2019 Civic');
    expect(defaultSubject({ vehicle: { year: 2019, make: '  ', model: 'Civic' } })).to.equal('Inquiry about your 2019 Civic');
  });

  it('says "vehicle" when neither make nor model is known', () => {
    expect(defaultSubject({ vehicle: { year: 2019 } })).to.equal('Inquiry about your 2019 vehicle');
    expect(defaultSubject({})).to.equal('Inquiry about your vehicle');
    expect(defaultSubject(undefined)).to.equal('Inquiry about your vehicle');
    expect(defaultSubject({ vehicle: 'not an object' })).to.equal('Inquiry about your vehicle');
  });

  it('lets another language build the sentence', () => {
    const subject = defaultSubject({ vehicle: { make: 'Seat' } }, { format: (v) => `Consulta sobre su ${v}`, vehicleWord: 'vehículo' });
    expect(subject).to.equal('Consulta sobre su Seat');
    expect(defaultSubject({}, { format: (v) => `Consulta sobre su ${v}`, vehicleWord: 'vehículo' })).to.equal('Consulta sobre su vehículo');
  });
});
