# Saving and loading: model and optimizer state_dicts through an in-memory BytesIO buffer, then resuming.
import io
import torch
from torch import nn

torch.manual_seed(8)
model = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 1))
opt = torch.optim.Adam(model.parameters(), lr=0.01)
x, y = torch.randn(10, 4), torch.randn(10, 1)
for _ in range(3):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
buffer = io.BytesIO()
torch.save({"epoch": 3, "model": model.state_dict(), "optim": opt.state_dict(), "loss": loss.item()}, buffer)
print(buffer.tell() > 0)
buffer.seek(0)
ckpt = torch.load(buffer)
print(sorted(ckpt), ckpt["epoch"], ckpt["loss"])
print(list(ckpt["model"].keys()))
print(ckpt["optim"]["param_groups"][0]["lr"], ckpt["optim"]["state"][0]["step"])
model2 = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 1))
opt2 = torch.optim.Adam(model2.parameters(), lr=0.01)
print(model2.load_state_dict(ckpt["model"]))
opt2.load_state_dict(ckpt["optim"])
for m, o in ((model, opt), (model2, opt2)):
    o.zero_grad()
    l = nn.functional.mse_loss(m(x), y)
    l.backward()
    o.step()
    print(l.item(), m[2].bias.data)
