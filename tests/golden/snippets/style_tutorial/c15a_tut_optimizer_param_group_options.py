# Per-parameter options: two parameter groups with different learning rates
import torch
import torch.nn as nn

torch.manual_seed(14)
base = nn.Linear(3, 3)
classifier = nn.Linear(3, 2)
optimizer = torch.optim.SGD([
    {"params": base.parameters()},
    {"params": classifier.parameters(), "lr": 1e-3},
], lr=1e-2, momentum=0.9)
print(optimizer)
x = torch.randn(4, 3)
for step in range(2):
    optimizer.zero_grad()
    loss = classifier(base(x).relu()).pow(2).mean()
    loss.backward()
    optimizer.step()
    print(step, loss.item())
print([g["lr"] for g in optimizer.param_groups])
state = optimizer.state[classifier.bias]
print(state.keys(), state["momentum_buffer"])
