import io

import torch
from torch import nn, optim

torch.manual_seed(0)
model = nn.Linear(2, 1)
opt = optim.Adam(model.parameters(), lr=0.1)
model(torch.ones(3, 2)).pow(2).mean().backward()
opt.step()
buf = io.BytesIO()
torch.save({"model": model.state_dict(), "optimizer": opt.state_dict()}, buf)
buf.seek(0)
ckpt = torch.load(buf)
print(ckpt["optimizer"]["param_groups"][0]["lr"], ckpt["optimizer"]["state"][0]["step"])
opt2 = optim.Adam(model.parameters(), lr=0.5)
opt2.load_state_dict(ckpt["optimizer"])
print(opt2.param_groups[0]["lr"], opt2.state[model.weight]["exp_avg"])
