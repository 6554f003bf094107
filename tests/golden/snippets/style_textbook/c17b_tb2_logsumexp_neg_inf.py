# logsumexp and softmax with -inf entries.
import torch

x = torch.tensor([0.0, float('-inf'), 1.0], requires_grad=True)
lse = torch.logsumexp(x, dim=0)
lse.backward()
print(lse, x.grad)
allneg = torch.full((3,), float('-inf'), requires_grad=True)
out = torch.logsumexp(allneg, dim=0)
out.backward()
print(out, allneg.grad)
print(torch.softmax(allneg.detach(), dim=0))
