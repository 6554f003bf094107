# Loading a checkpoint with map_location (as GPU-trained notebooks do) on a CPU-only machine
import io
import torch
from torch import nn

torch.manual_seed(6)
net = nn.Sequential(nn.Linear(3, 3), nn.ReLU(), nn.Linear(3, 1))
buf = io.BytesIO()
torch.save({"state": net.state_dict(), "epoch": 12, "history": [0.9, 0.5, 0.31]}, buf)
for where in ("cpu", torch.device("cpu"), lambda storage, loc: storage):
    buf.seek(0)
    ckpt = torch.load(buf, map_location=where, weights_only=True)
    print(ckpt["epoch"], ckpt["history"], ckpt["state"]["0.weight"].device)
fresh = nn.Sequential(nn.Linear(3, 3), nn.ReLU(), nn.Linear(3, 1))
print(fresh.load_state_dict(ckpt["state"], strict=True), torch.cuda.is_available())
print(next(fresh.parameters()).is_cuda, fresh[2].bias.equal(net[2].bias))
