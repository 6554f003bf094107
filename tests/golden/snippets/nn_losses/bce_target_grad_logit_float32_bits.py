# binary_cross_entropy with a target that requires grad: the target's gradient is -logit(input) *
# grad. float32 logit is log(x / (1 - x)) with MKL's log when the input is one block of memory,
# SLEEF's logf on vector blocks and the C library's on the rest otherwise. Also torch.log of a
# transposed view (MKL's log on every element, whatever the layout).
import torch
import torch.nn.functional as F

torch.manual_seed(0)
p = torch.randn(16, 33, requires_grad=True)
q = torch.randn(16, 33, requires_grad=True)
F.binary_cross_entropy(p.sigmoid(), q.sigmoid()).backward()
print(q.grad[:3].tolist())
x = torch.rand(8, 70)
print(torch.logit(x).tolist()[0])
print(torch.logit(x.t())[:, 0].tolist())
print(torch.logit(x[:, 1:])[:2].tolist())
print(torch.logit(x[::2, ::3]).tolist()[0])
print(torch.logit(x, eps=0.05)[1].tolist())
print(torch.log(x.t() * 10)[:, 0].tolist(), torch.log(x.t()).stride())
