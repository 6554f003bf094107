import torch
import torch.nn as nn

torch.manual_seed(43)
net = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 1))
opt = torch.optim.SGD([{"params": net[0].parameters(), "lr": 0.1}, {"params": net[2].parameters(), "lr": 0.01}], momentum=0.9)
sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda=[lambda e: 0.5 ** e, lambda e: 1.0 + e])
for e in range(3):
    opt.step()
    sched.step()
    print(e, sched.get_last_lr())
print(sched.state_dict()["lr_lambdas"])
