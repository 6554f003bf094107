# Section 6.3: naive log(sum(exp)) overflows, logsumexp does not
import torch

big = torch.tensor([1000.0, 1000.0, 999.0])
print(torch.log(torch.exp(big).sum()))
print(torch.logsumexp(big, dim=0))
shift = big.max()
print(shift + torch.log(torch.exp(big - shift).sum()))
tiny = torch.tensor([-1000.0, -1001.0])
print(torch.log(torch.exp(tiny).sum()), torch.logsumexp(tiny, 0))
