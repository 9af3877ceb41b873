/** `unset`: an empty string, which parsl treats like no address (`if self.address:`). */
export type AddressKind = 'unset' | 'ip' | 'python-call' | 'name';
export declare function addressKind(value: string): AddressKind;
