# Linear warm-up then inverse-square-root decay with LambdaLR; the lr of every step printed.
import torch

model = torch.nn.Linear(2, 1)
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
warmup = 4


def lr_lambda(step):
    step = max(step, 1)
    return min(step / warmup, (warmup / step) ** 0.5)


sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda)
for step in range(10):
    opt.step()
    sched.step()
    print(step, sched.get_last_lr()[0], opt.param_groups[0]["lr"])
print(sched.state_dict()["last_epoch"], sched.state_dict()["base_lrs"])
opt2 = torch.optim.SGD(model.parameters(), lr=0.1)
lin = torch.optim.lr_scheduler.LinearLR(opt2, start_factor=0.25, total_iters=3)
vals = []
for _ in range(5):
    vals.append(round(opt2.param_groups[0]["lr"], 6))
    opt2.step()
    lin.step()
print(vals)
