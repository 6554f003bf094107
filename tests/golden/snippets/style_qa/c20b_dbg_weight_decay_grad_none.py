# zero_grad(set_to_none) and reading the gradient afterwards
import torch

torch.manual_seed(27)
model = torch.nn.Linear(2, 1)
opt = torch.optim.Adam(model.parameters(), lr=0.1)
model(torch.randn(4, 2)).mean().backward()
opt.step()
opt.zero_grad()
print(model.weight.grad)
try:
    print(model.weight.grad.norm())
except AttributeError as e:
    print("AttributeError:", e)
opt.zero_grad(set_to_none=False)
print(model.weight.grad)
