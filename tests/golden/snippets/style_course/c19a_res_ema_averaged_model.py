# torch.optim.swa_utils.AveragedModel with an EMA averaging function
import torch
from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn
torch.manual_seed(10)
model = torch.nn.Linear(2, 2)
ema_model = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(0.5))
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for _ in range(3):
    opt.zero_grad(); model(torch.ones(1, 2)).sum().backward(); opt.step()
    ema_model.update_parameters(model)
print(ema_model.n_averaged)
print(ema_model.module.weight)
print(model.weight)
