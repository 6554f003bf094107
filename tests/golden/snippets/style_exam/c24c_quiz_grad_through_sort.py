# Quiz 49: gradients through sort and topk go to the original positions
import torch

src = torch.tensor([3.0, 1.0, 2.0], requires_grad=True)
sorted_vals, order = src.sort()
(sorted_vals * torch.tensor([1.0, 10.0, 100.0])).sum().backward()
print(sorted_vals, order, src.grad)
src.grad = None
best2 = src.topk(2)
print(best2)
best2.values.sum().backward()
print(src.grad)
