# Issue: "building a tensor from scalar tensors loses the graph" — torch.tensor vs torch.stack.
import torch

a = torch.tensor(1.0, requires_grad=True)
b = torch.tensor(2.0, requires_grad=True)
lost = torch.tensor([a.item(), b.item()])
kept = torch.stack([a, b * 3])
print(lost.requires_grad, kept.grad_fn.name())
(kept ** 2).sum().backward()
print(a.grad, b.grad)
try:
    torch.tensor([a, b]).sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
