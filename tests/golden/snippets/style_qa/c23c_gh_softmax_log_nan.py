# log(softmax(x)) underflows to -inf; log_softmax stays finite; gradients compared.
import torch
import torch.nn.functional as F

x = torch.tensor([0.0, 200.0], requires_grad=True)
a = torch.log(F.softmax(x, dim=0))
print(a)
a[0].backward()
print(x.grad)
x.grad = None
b = F.log_softmax(x, dim=0)
print(b)
b[0].backward()
print(x.grad)
