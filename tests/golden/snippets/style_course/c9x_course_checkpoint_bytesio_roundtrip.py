# Course notebook: save model + optimizer + epoch into an in-memory checkpoint, load into fresh objects, continue.
import io
import torch
from torch import nn

torch.manual_seed(3)
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
opt = torch.optim.Adam(model.parameters(), lr=0.01)
x, y = torch.randn(8, 3), torch.randn(8, 1)
for epoch in range(3):
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 6))

buf = io.BytesIO()
torch.save({"epoch": 3, "model": model.state_dict(), "opt": opt.state_dict(), "loss": loss.item()}, buf)
print(buf.tell() > 0)
buf.seek(0)
ckpt = torch.load(buf)
print(sorted(ckpt), ckpt["epoch"], type(ckpt["loss"]).__name__)
print(list(ckpt["opt"]["state"].keys()), ckpt["opt"]["state"][0]["step"])
print(ckpt["opt"]["param_groups"][0]["params"], ckpt["opt"]["param_groups"][0]["betas"])

model2 = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
opt2 = torch.optim.Adam(model2.parameters(), lr=0.01)
print(model2.load_state_dict(ckpt["model"]))
opt2.load_state_dict(ckpt["opt"])
print(torch.equal(model(x), model2(x)))
for m, o in ((model, opt), (model2, opt2)):
    loss = nn.functional.mse_loss(m(x), y)
    o.zero_grad()
    loss.backward()
    o.step()
    print(loss.item())
print(all(torch.equal(a, b) for a, b in zip(model.parameters(), model2.parameters())))
