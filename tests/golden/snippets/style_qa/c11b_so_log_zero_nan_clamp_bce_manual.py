# Q: my hand-written BCE gives nan -- log(0) = -inf and 0 * -inf = nan; clamp fixes it.
import torch

p = torch.tensor([0.0, 0.5, 1.0, 0.9])
y = torch.tensor([0.0, 1.0, 1.0, 0.0])
print(torch.log(p), torch.log(1 - p))
loss = -(y * torch.log(p) + (1 - y) * torch.log(1 - p))
print(loss, loss.mean())
eps = 1e-7
pc = p.clamp(eps, 1 - eps)
loss2 = -(y * torch.log(pc) + (1 - y) * torch.log(1 - pc))
print(loss2, loss2.mean())
print(torch.nn.functional.binary_cross_entropy(p, y, reduction='none'))
print(torch.xlogy(y, p), torch.special.xlog1py(1 - y, -p))
q = torch.tensor([0.0, 0.5], requires_grad=True)
l = torch.log(q).sum()
l.backward()
print(l, q.grad)
q2 = torch.tensor([0.0, 0.5], requires_grad=True)
torch.log(q2.clamp(min=1e-7)).sum().backward()
print(q2.grad)
print(torch.isnan(loss).any().item(), torch.isinf(torch.log(p)).sum().item())
