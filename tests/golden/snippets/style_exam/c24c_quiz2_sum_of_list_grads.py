# Quiz B50: python sum() over tensors keeps the graph
import torch

ws = [torch.tensor(float(i), requires_grad=True) for i in range(1, 4)]
total = sum(w * w for w in ws)
print(total, total.grad_fn.name())
total.backward()
print([w.grad for w in ws])
print(torch.stack(ws).sum().grad_fn.name())
