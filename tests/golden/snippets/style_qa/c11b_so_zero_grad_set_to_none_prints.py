# Q: after optimizer.zero_grad() my .grad prints None, not zeros -- set_to_none default and the old behaviour.
import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
model(torch.randn(4, 3)).sum().backward()
print(model.bias.grad)
opt.zero_grad()
print(model.bias.grad, model.weight.grad)
model(torch.randn(4, 3)).sum().backward()
opt.zero_grad(set_to_none=False)
print(model.bias.grad, model.weight.grad)
model.zero_grad()
print(model.bias.grad)
model(torch.randn(4, 3)).sum().backward()
for p in model.parameters():
    p.grad = None
print([p.grad for p in model.parameters()])
try:
    model.weight.grad.norm()
except AttributeError as e:
    print("AttributeError:", e)
opt.step()
print(model.bias)
