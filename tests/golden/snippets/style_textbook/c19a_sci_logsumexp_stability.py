# log-partition functions: logsumexp vs naive log(sum(exp)) at large energies
import torch
E = torch.tensor([1000.0, 1001.0, 1002.0], requires_grad=True)
print(torch.log(torch.exp(E).sum()))
lz = torch.logsumexp(E, dim=0)
lz.backward()
print(lz.item())
print(E.grad, torch.softmax(E.detach(), 0))
print(torch.logsumexp(torch.tensor([-float("inf"), -float("inf")]), 0))
