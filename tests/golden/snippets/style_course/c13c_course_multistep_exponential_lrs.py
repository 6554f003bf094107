import torch
from torch.optim.lr_scheduler import LambdaLR, MultiplicativeLR

head = torch.nn.Linear(2, 1)
opt = torch.optim.SGD([{"params": head.weight, "lr": 0.2}, {"params": head.bias, "lr": 0.05}])
warm = 3
sched = LambdaLR(opt, lr_lambda=[lambda e: min(1.0, (e + 1) / warm), lambda e: 0.5 ** e])
table = []
for epoch in range(7):
    table.append([round(g["lr"], 6) for g in opt.param_groups])
    opt.step()
    sched.step()
for e, row in enumerate(table):
    print(e, row)
opt2 = torch.optim.SGD(head.parameters(), lr=1.0)
mult = MultiplicativeLR(opt2, lr_lambda=lambda e: 0.95)
for _ in range(4):
    opt2.step()
    mult.step()
print(mult.get_last_lr(), mult.last_epoch)
