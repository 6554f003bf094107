# float64 softmax / log_softmax / cross_entropy over the last dim (a makemore-style bigram model
# in double): SLEEF's exp, row sums in vectors of 8 doubles with the lanes added in order,
# SLEEF's log of the sums; the gradients in ATen's order. tolist() shows every bit.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = (torch.randn(6, 27, dtype=torch.float64) * 2).requires_grad_()
p = logits.softmax(-1)
print(p[0].tolist())
lp = logits.log_softmax(-1)
print(lp[1].tolist())
y = torch.tensor([1, 5, 0, 26, 3, 3])
loss = F.cross_entropy(logits, y)
print(loss.item())
loss.backward()
print(logits.grad[2].tolist())
w = torch.randn(5, 40, dtype=torch.float64, requires_grad=True)
(w.softmax(-1) * torch.arange(40, dtype=torch.float64)).sum().backward()
print(w.grad[0].tolist())
print(torch.softmax(torch.randn(3, 4, 5, dtype=torch.float64), dim=-1)[1, 2].tolist())
