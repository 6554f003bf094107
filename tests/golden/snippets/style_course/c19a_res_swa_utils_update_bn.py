# SWA: AveragedModel with the default running mean, then SWALR
import torch
from torch.optim.swa_utils import AveragedModel, SWALR
torch.manual_seed(52)
model = torch.nn.Linear(2, 1)
swa = AveragedModel(model)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
sched = SWALR(opt, swa_lr=0.05, anneal_epochs=2)
for epoch in range(3):
    opt.zero_grad(); model(torch.randn(4, 2)).pow(2).mean().backward(); opt.step()
    swa.update_parameters(model)
    sched.step()
    print(epoch, round(opt.param_groups[0]["lr"], 6), swa.n_averaged.item())
print(swa.module.bias)
