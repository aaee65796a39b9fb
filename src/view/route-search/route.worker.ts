// The route worker: answers the page's route queries over the network's routing index, off the main thread.
import { type RouteRequest, routeAnswerer } from "../../state/route-requests";

const answer = routeAnswerer();
self.addEventListener("message", (event: MessageEvent<RouteRequest>) => {
  const reply = answer(event.data);
  if (reply) self.postMessage(reply);
});
