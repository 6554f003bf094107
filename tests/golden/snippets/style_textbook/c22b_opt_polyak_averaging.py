import torch
from torch.optim.swa_utils import AveragedModel

torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
avg = AveragedModel(model)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(10, 2)
y = x[:, :1] - x[:, 1:]
for step in range(4):
    opt.zero_grad()
    loss = torch.nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    avg.update_parameters(model)
    print(step, f"{loss.item():.4f}", avg.n_averaged.item())
print(avg.module.weight.data)
print(model.weight.data)
