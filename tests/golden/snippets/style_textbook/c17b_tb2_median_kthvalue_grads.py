# median, kthvalue and topk send the gradient to one chosen element.
import torch

x = torch.tensor([4.0, 1.0, 3.0, 1.0, 2.0], requires_grad=True)
x.median().backward()
print(x.median(), x.grad)
x.grad = None
v, i = x.kthvalue(2)
v.backward()
print(v, i, x.grad)
x.grad = None
top = x.topk(2)
top.values.sum().backward()
print(top.indices, x.grad)
