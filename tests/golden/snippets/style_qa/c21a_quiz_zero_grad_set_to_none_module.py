# Quiz: module.zero_grad() default versus set_to_none=False, on a tiny two-layer model.
import torch

torch.manual_seed(26)
model = torch.nn.Sequential(torch.nn.Linear(3, 2), torch.nn.ReLU(), torch.nn.Linear(2, 1))
model(torch.ones(4, 3)).mean().backward()
grads = [p.grad is None for p in model.parameters()]
print(grads)
model.zero_grad(set_to_none=False)
print(model[2].bias.grad, model[0].weight.grad.abs().sum())
model.zero_grad()
print([p.grad for p in model.parameters()])
