# Stochastic weight averaging at the end of a forecasting run
import torch
import torch.nn as nn
from torch.optim.swa_utils import AveragedModel, SWALR

model = nn.Linear(2, 1)
with torch.no_grad():
    model.weight.fill_(1.0)
    model.bias.fill_(0.0)
swa = AveragedModel(model)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
sched = SWALR(opt, swa_lr=0.05, anneal_epochs=2)
for step in range(3):
    with torch.no_grad():
        model.weight.add_(1.0)
    swa.update_parameters(model)
    opt.step()
    sched.step()
    print(step, swa.n_averaged, swa.module.weight.data, [round(x, 4) for x in sched.get_last_lr()])
print(type(swa.module).__name__)
