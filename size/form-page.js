// The "form page" of the size budget: what a typical démarche step loads.
import '@socle/components/form';
import '@socle/components/input';
import '@socle/components/date-input';
import '@socle/components/radio-group';
import '@socle/components/error-summary';
