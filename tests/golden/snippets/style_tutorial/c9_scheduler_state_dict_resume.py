# Resuming training: model, optimizer and scheduler state dicts saved mid-run and restored into new objects.
import io
import torch
import torch.nn as nn

def build():
    torch.manual_seed(0)
    model = nn.Linear(4, 2)
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
    return model, opt, sched

x, y = torch.randn(8, 4), torch.randn(8, 2)
model, opt, sched = build()
for epoch in range(3):
    opt.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    opt.step()
    sched.step()
buf = io.BytesIO()
torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "sched": sched.state_dict(), "epoch": 3}, buf)
print(sched.state_dict())
for epoch in range(3, 6):
    opt.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    opt.step()
    sched.step()
reference = model.weight.detach().clone()
print(sched.get_last_lr(), sched.last_epoch)

buf.seek(0)
ckpt = torch.load(buf)
model2, opt2, sched2 = build()
model2.load_state_dict(ckpt["model"])
opt2.load_state_dict(ckpt["opt"])
sched2.load_state_dict(ckpt["sched"])
print(sched2.get_last_lr(), opt2.param_groups[0]["lr"], ckpt["epoch"])
for epoch in range(ckpt["epoch"], 6):
    opt2.zero_grad()
    nn.functional.mse_loss(model2(x), y).backward()
    opt2.step()
    sched2.step()
print(torch.equal(model2.weight, reference), sched2.get_last_lr())
