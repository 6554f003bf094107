# Section 8.9: quantiles inside a loss -- which inputs get gradient?
import torch

x = torch.tensor([5.0, 1.0, 4.0, 2.0, 3.0], requires_grad=True)
torch.quantile(x, 0.6).backward()
print(x.grad)
x.grad = None
x.median().backward()
print(x.grad)
x.grad = None
x.kthvalue(2).values.backward()
print(x.grad)
