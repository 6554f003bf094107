# Save a checkpoint (model + optimizer + epoch) into an in-memory buffer, load it into fresh objects.
import io
import torch
import torch.nn as nn

torch.manual_seed(8)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
opt = torch.optim.Adam(model.parameters(), lr=0.003)
x = torch.randn(6, 3)
t = torch.randn(6, 2)
for _ in range(2):
    opt.zero_grad()
    nn.functional.mse_loss(model(x), t).backward()
    opt.step()

buf = io.BytesIO()
torch.save({"epoch": 2, "model_state_dict": model.state_dict(),
            "optimizer_state_dict": opt.state_dict(), "loss": 0.25}, buf)
print(buf.tell() > 0)
buf.seek(0)
ckpt = torch.load(buf)
print(sorted(ckpt.keys()), ckpt["epoch"], ckpt["loss"])

model2 = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
opt2 = torch.optim.Adam(model2.parameters(), lr=0.1)
print(model2.load_state_dict(ckpt["model_state_dict"]))
opt2.load_state_dict(ckpt["optimizer_state_dict"])
print(opt2.param_groups[0]["lr"], opt2.state[model2[0].weight]["step"])
print(torch.equal(model(x), model2(x)))
print(torch.equal(opt.state[model[2].bias]["exp_avg"], opt2.state[model2[2].bias]["exp_avg"]))
buf2 = io.BytesIO()
torch.save(model2[0].weight, buf2)
buf2.seek(0)
w = torch.load(buf2)
print(w.requires_grad, type(w).__name__, torch.equal(w, model[0].weight))
