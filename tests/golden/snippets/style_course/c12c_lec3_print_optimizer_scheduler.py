# Lecture: what print() shows for optimizers, schedulers and parameter groups.
import torch

torch.manual_seed(0)
net = torch.nn.Linear(2, 1)
opt = torch.optim.Adam(net.parameters(), lr=1e-3, weight_decay=1e-4)
print(opt)
sgd = torch.optim.SGD([{"params": [net.weight]}, {"params": [net.bias], "lr": 0.5}], lr=0.1, momentum=0.9,
                      nesterov=True)
print(sgd)
rms = torch.optim.RMSprop(net.parameters(), lr=0.01, centered=True)
print(rms)
sched = torch.optim.lr_scheduler.StepLR(sgd, step_size=3)
print(type(sched).__name__, sched.get_last_lr(), sched.step_size, sched.gamma)
print(torch.optim.AdamW(net.parameters()).defaults)
