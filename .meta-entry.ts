import { startContent } from '@/lib/content/start';
import { guardInstance } from '@/lib/content/instance-guard';
import { CONTENT_MATCHES } from '@/lib/background/sites';
console.log(CONTENT_MATCHES); const r = startContent(); guardInstance(() => void r.then((x) => x.stop()));
