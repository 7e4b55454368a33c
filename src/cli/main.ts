console.log('deal-notes: scan is being built');
