
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'seac978fc6774fb20': `Your session has expired. Nothing you entered is lost: work resumes when the page renews the session.`,
'sb6c0c10e47421141': `This element needs a Kaltura Session (the ks property) to load.`,
    };
  