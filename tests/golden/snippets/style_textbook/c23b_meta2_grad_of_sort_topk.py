import torch

x = torch.tensor([0.3, -1.0, 2.0, 0.7], requires_grad=True)
vals, idx = x.sort(descending=True)
print(vals, idx, vals.grad_fn.name())
(vals * torch.tensor([4.0, 3.0, 2.0, 1.0])).sum().backward()
print(x.grad)
x.grad = None
top = torch.topk(x, 2)
top.values.sum().backward()
print(x.grad, top.indices)
