# "Optimizer step in backward" tutorial pattern: one optimizer per parameter, stepped from a post-accumulate hook
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 1))
optimizer_dict = {p: torch.optim.SGD([p], lr=0.1) for p in model.parameters()}
steps = []

def optimizer_hook(parameter) -> None:
    optimizer_dict[parameter].step()
    optimizer_dict[parameter].zero_grad()
    steps.append(tuple(parameter.shape))

for p in model.parameters():
    p.register_post_accumulate_grad_hook(optimizer_hook)
x, y = torch.randn(5, 4), torch.randn(5, 1)
for it in range(3):
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    print(it, loss.item())
print(steps[:4])
print([p.grad for p in model.parameters()][:2])
print(model[2].bias)
