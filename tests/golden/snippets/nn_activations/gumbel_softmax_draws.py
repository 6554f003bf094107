import torch
import torch.nn.functional as F
torch.manual_seed(0)
logits = torch.randn(4, 5, requires_grad=True)
y = F.gumbel_softmax(logits, tau=0.5)
print(y, y.grad_fn.name())
h = F.gumbel_softmax(logits, tau=1.0, hard=True)
print(h, h.grad_fn.name())
(y.sum() + (h * torch.arange(5.)).sum()).backward()
print(logits.grad)
print(torch.empty(3).exponential_(), F.gumbel_softmax(torch.randn(2, 3), dim=0))


z = F.gumbel_softmax(logits.double(), tau=2.0, eps=1e-5, dim=0)
print(z.dtype, z.sum(0))
