# Saving optimizer and scheduler state to BytesIO and resuming the lr schedule
import io
import torch

w = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.1)
for _ in range(3):
    opt.zero_grad(); (w ** 2).sum().backward(); opt.step(); sched.step()
buf = io.BytesIO()
torch.save({"opt": opt.state_dict(), "sched": sched.state_dict(), "w": w.detach().clone()}, buf)
buf.seek(0)
ckpt = torch.load(buf)
w2 = torch.nn.Parameter(ckpt["w"])
opt2 = torch.optim.SGD([w2], lr=0.1, momentum=0.9)
opt2.load_state_dict(ckpt["opt"])
sched2 = torch.optim.lr_scheduler.StepLR(opt2, step_size=2, gamma=0.1)
sched2.load_state_dict(ckpt["sched"])
print(sched2.last_epoch, sched2.get_last_lr(), opt2.param_groups[0]["lr"])
print(opt2.state[w2]["momentum_buffer"], w2)
for _ in range(2):
    opt2.zero_grad(); (w2 ** 2).sum().backward(); opt2.step(); sched2.step()
    print(w2.data, sched2.get_last_lr())
