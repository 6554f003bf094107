import torch
from torch import nn
from torch.optim.lr_scheduler import OneCycleLR

model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
sched = OneCycleLR(opt, max_lr=0.1, epochs=2, steps_per_epoch=5)
for step in range(10):
    opt.step()
    sched.step()
    print(step, round(sched.get_last_lr()[0], 6), round(opt.param_groups[0]["momentum"], 4))
adam = torch.optim.Adam(model.parameters())
s2 = OneCycleLR(adam, max_lr=[0.01], total_steps=4, anneal_strategy="linear", three_phase=True)
print(adam.param_groups[0]["betas"], s2.get_last_lr())
try:
    opt.step()
    sched.step()
except ValueError as e:
    print(type(e).__name__, e)
