# Saving a general checkpoint (model, optimizer, scheduler, epoch) and resuming training from it.
import io
import torch
import torch.nn as nn

def make():
    torch.manual_seed(5)
    model = nn.Linear(3, 1)
    opt = torch.optim.Adam(model.parameters(), lr=0.05)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
    return model, opt, sched

g = torch.Generator().manual_seed(1)
X = torch.randn(16, 3, generator=g)
y = X @ torch.tensor([[1.0], [-2.0], [0.5]]) + 0.1

def train(model, opt, sched, epochs):
    for _ in range(epochs):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(X), y)
        loss.backward()
        opt.step()
        sched.step()
    return loss.item()

model, opt, sched = make()
print(train(model, opt, sched, 3))
buf = io.BytesIO()
torch.save({"epoch": 3, "model": model.state_dict(), "opt": opt.state_dict(), "sched": sched.state_dict()}, buf)
buf.seek(0)
ck = torch.load(buf)
print(sorted(ck.keys()), ck["epoch"])
print(ck["sched"])
print(ck["opt"]["state"][0]["step"], ck["opt"]["param_groups"][0]["lr"])
m2, o2, s2 = make()
m2.load_state_dict(ck["model"])
o2.load_state_dict(ck["opt"])
s2.load_state_dict(ck["sched"])
print(s2.get_last_lr(), o2.param_groups[0]["lr"])
print(train(model, opt, sched, 2), train(m2, o2, s2, 2))
print(torch.equal(model.weight, m2.weight))
