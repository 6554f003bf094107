# The gradient of cross_entropy w.r.t. logits is (softmax - one_hot) / n
import torch
import torch.nn.functional as F

torch.manual_seed(1652)
logits = torch.randn(4, 5, requires_grad=True)
y = torch.tensor([1, 4, 0, 4])
F.cross_entropy(logits, y).backward()
dlogits = F.softmax(logits, 1).detach()
dlogits[range(4), y] -= 1
dlogits /= 4
print(logits.grad)
print(dlogits)
print(torch.allclose(logits.grad, dlogits), (logits.grad - dlogits).abs().max().item())
print(logits.grad.sum(1))
