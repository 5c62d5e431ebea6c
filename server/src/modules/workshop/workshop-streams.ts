import type { Actor } from '../access/actor.js';
import type { WorkshopEvents } from './workshop-events.js';
import type { WorkshopParticipantService } from './workshop-participant.service.js';
import type { FollowView, WorkshopStateReader, WorkshopView } from './workshop-state.js';
import { CoalescingStream } from './workshop-stream.js';
import type { WorkshopRepository } from './workshop.repository.js';
import type { WorkshopService } from './workshop.service.js';

/** The live streams of workshops (the subscriptions), and closing them all on shutdown. */
export class WorkshopStreams {
  private readonly open = new Set<CoalescingStream<unknown>>();

  constructor(
    private readonly facilitators: WorkshopService,
    private readonly participants: WorkshopParticipantService,
    private readonly workshops: WorkshopRepository,
    private readonly reader: WorkshopStateReader,
    private readonly events: WorkshopEvents,
  ) {}

  /** The facilitator's stream: access checked first (NOT_FOUND for another workspace), then states. */
  async facilitator(actor: Actor | null, workshopId: string): Promise<AsyncIterableIterator<WorkshopView>> {
    const workshop = await this.facilitators.watchable(actor, workshopId);
    return this.track((changed) => this.events.subscribe(workshop.id, changed), async () => {
      const fresh = await this.workshops.find(workshop.id);
      return this.reader.facilitatorView(fresh ?? workshop);
    });
  }

  /** A participant's stream; NOT_FOUND for an unknown token. */
  async participant(token: string): Promise<AsyncIterableIterator<FollowView>> {
    const participant = await this.participants.participant(token);
    return this.track((changed) => this.events.subscribe(participant.workshop.id, changed), () => this.participants.followAgain(participant));
  }

  /** Streams open now. */
  get size(): number {
    return this.open.size;
  }

  /** Ends every stream (graceful shutdown: the SSE responses complete instead of hanging). */
  closeAll(): void {
    for (const stream of [...this.open]) void stream.return();
  }

  private track<T>(subscribe: (changed: () => void) => () => void, read: () => Promise<T>): CoalescingStream<T> {
    const stream: CoalescingStream<T> = new CoalescingStream(subscribe, read, () => this.open.delete(stream as CoalescingStream<unknown>));
    this.open.add(stream as CoalescingStream<unknown>);
    return stream;
  }
}
