# Accumulating loss tensors keeps graphs alive; .item() gives a plain float.
import torch

w = torch.tensor(1.0, requires_grad=True)
total = 0
total_item = 0.0
for x in [1.0, 2.0, 3.0]:
    loss = (w * x - 2) ** 2
    total += loss
    total_item += loss.item()
print(type(total), total)
print(type(total_item), total_item)
print(total.grad_fn)
