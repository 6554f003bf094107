# A checkpoint with model, optimizer and epoch; resuming gives the same losses as never stopping
import io
import torch
from torch import nn

def make():
    torch.manual_seed(1604)
    m = nn.Linear(3, 1)
    return m, torch.optim.Adam(m.parameters(), lr=0.05)
x = torch.tensor([[1.0, 0.5, -1.0], [0.0, 2.0, 1.0], [-1.5, 1.0, 0.5]])
y = torch.tensor([[1.0], [-1.0], [0.5]])
def step(m, opt):
    opt.zero_grad()
    loss = ((m(x) - y) ** 2).mean()
    loss.backward()
    opt.step()
    return loss.item()

model, opt = make()
print([step(model, opt) for _ in range(3)])
buf = io.BytesIO()
torch.save({"epoch": 3, "model": model.state_dict(), "optim": opt.state_dict()}, buf)
print([step(model, opt) for _ in range(2)])

buf.seek(0)
ckpt = torch.load(buf)
model2, opt2 = make()
model2.load_state_dict(ckpt["model"])
opt2.load_state_dict(ckpt["optim"])
print(ckpt["epoch"], [step(model2, opt2) for _ in range(2)])
