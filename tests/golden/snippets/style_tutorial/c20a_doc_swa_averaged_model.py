# optim.swa_utils.AveragedModel and SWALR
import torch
from torch.optim.swa_utils import SWALR, AveragedModel

torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
swa_model = AveragedModel(model)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
swa_sched = SWALR(opt, swa_lr=0.05, anneal_epochs=2)
for epoch in range(3):
    opt.zero_grad()
    model(torch.ones(4, 2)).pow(2).mean().backward()
    opt.step()
    swa_model.update_parameters(model)
    swa_sched.step()
print(swa_model.n_averaged)
print(swa_model.module.weight)
print([g['lr'] for g in opt.param_groups])
