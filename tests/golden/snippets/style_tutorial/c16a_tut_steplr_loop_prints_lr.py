# StepLR inside a training loop: the learning rate and loss printed every epoch
import torch
from torch import nn
from torch.optim.lr_scheduler import StepLR

torch.manual_seed(1605)
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.2)
sched = StepLR(opt, step_size=2, gamma=0.5)
data = torch.randn(16, 2)
target = data @ torch.tensor([[1.5], [-0.5]])
for epoch in range(6):
    loss = nn.functional.mse_loss(model(data), target)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, sched.get_last_lr(), loss.item())
    sched.step()
print(sched.state_dict())
