import copy
import torch
from torch import nn

# Reptile: train a copy on a task, then move the meta weights toward it
torch.manual_seed(4)
meta = nn.Linear(1, 1)
for it in range(3):
    learner = copy.deepcopy(meta)
    opt = torch.optim.SGD(learner.parameters(), lr=0.1)
    slope = float(it + 1)
    x = torch.linspace(-1, 1, 8).unsqueeze(1)
    for _ in range(5):
        opt.zero_grad()
        loss = ((learner(x) - slope * x) ** 2).mean()
        loss.backward()
        opt.step()
    with torch.no_grad():
        for p_meta, p_task in zip(meta.parameters(), learner.parameters()):
            p_meta += 0.5 * (p_task - p_meta)
    print(it, f"{loss.item():.4f}", meta.weight.data.round(decimals=3), meta.bias.data.round(decimals=3))
