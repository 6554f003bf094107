# Saving a full checkpoint (model + optimizer + epoch)
import io
import torch
import torch.nn as nn

torch.manual_seed(3)
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
loss = model(torch.randn(5, 2)).pow(2).mean()
loss.backward()
opt.step()
ckpt = {"epoch": 5, "model": model.state_dict(), "optim": opt.state_dict(), "loss": loss.item()}
buf = io.BytesIO()
torch.save(ckpt, buf)
buf.seek(0)
loaded = torch.load(buf, weights_only=True)
print(loaded["epoch"], round(loaded["loss"], 6))
print(loaded["optim"]["param_groups"])
print(loaded["optim"]["state"][0]["momentum_buffer"])
