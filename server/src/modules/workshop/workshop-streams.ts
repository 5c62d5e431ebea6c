import type { Actor } from '../access/actor.js';
import type { WorkshopEvents } from './workshop-events.js';
import type { WorkshopParticipantService } from './workshop-participant.service.js';
import { sameFollowView, type FollowView, type RoomSnapshot, type WorkshopStateReader, type WorkshopView } from './workshop-state.js';
import { CoalescingStream } from './workshop-stream.js';
import type { WorkshopRepository } from './workshop.repository.js';
import type { WorkshopService } from './workshop.service.js';

/** The phones of one room on this instance: one snapshot read per change, shared by all of them. */
interface Room {
  /** Changes heard so far; a snapshot is current when read after the latest one. */
  version: number;
  snapshot: { version: number; read: Promise<RoomSnapshot | null> } | null;
  followers: number;
  stopListening: () => void;
}

/** The live streams of workshops (the subscriptions), and closing them all on shutdown. */
export class WorkshopStreams {
  private readonly open = new Set<CoalescingStream<unknown>>();
  private readonly rooms = new Map<string, Room>();

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

  /**
   * A participant's stream; NOT_FOUND for an unknown token. Sixty phones in a room share one
   * snapshot read per change, and a phone hears only of changes that alter what it shows.
   */
  async participant(token: string): Promise<AsyncIterableIterator<FollowView>> {
    const participant = await this.participants.participant(token);
    const workshopId = participant.workshop.id;
    return this.track(
      (changed) => this.follow(workshopId, changed),
      async () => {
        const snapshot = await this.snapshotOf(workshopId);
        return this.reader.followViewOf(participant, snapshot ?? { workshop: participant.workshop, currentRow: null, votes: new Map() });
      },
      sameFollowView,
    );
  }

  /** Streams open now. */
  get size(): number {
    return this.open.size;
  }

  /** Ends every stream (graceful shutdown: the SSE responses complete instead of hanging). */
  closeAll(): void {
    for (const stream of [...this.open]) void stream.return();
  }

  private follow(workshopId: string, changed: () => void): () => void {
    let room = this.rooms.get(workshopId);
    if (!room) {
      const created: Room = { version: 0, snapshot: null, followers: 0, stopListening: () => undefined };
      // Registered before any follower's listener: the version moves before they re-read.
      created.stopListening = this.events.subscribe(workshopId, () => void (created.version += 1));
      this.rooms.set(workshopId, created);
      room = created;
    }
    room.followers += 1;
    const stop = this.events.subscribe(workshopId, changed);
    const joined = room;
    return () => {
      stop();
      joined.followers -= 1;
      if (joined.followers === 0) {
        joined.stopListening();
        this.rooms.delete(workshopId);
      }
    };
  }

  private snapshotOf(workshopId: string): Promise<RoomSnapshot | null> {
    const room = this.rooms.get(workshopId);
    if (!room) return this.reader.roomSnapshot(workshopId);
    if (room.snapshot?.version !== room.version) room.snapshot = { version: room.version, read: this.reader.roomSnapshot(workshopId) };
    return room.snapshot.read;
  }

  private track<T>(subscribe: (changed: () => void) => () => void, read: () => Promise<T>, same?: (a: T, b: T) => boolean): CoalescingStream<T> {
    const stream: CoalescingStream<T> = new CoalescingStream(subscribe, read, () => this.open.delete(stream as CoalescingStream<unknown>), same);
    this.open.add(stream as CoalescingStream<unknown>);
    return stream;
  }
}
