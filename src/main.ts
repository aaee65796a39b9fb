// Entry point of the explorer: loads the shipped network and mounts the view.
const app = document.getElementById("app");
if (app) app.textContent = "Corridor Explorer";
