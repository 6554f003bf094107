# Exercise 7.D: torch.special with keyword arguments and scalars
import torch

print(torch.special.xlogy(2.0, torch.tensor([1.0, 3.0])), torch.special.xlogy(torch.tensor([0.0, 2.0]), other=3.0))
print(torch.special.polygamma(n=1, input=torch.tensor([1.0])))
print(torch.special.logit(input=torch.tensor([0.25]), eps=None))
print(torch.special.logsumexp(torch.tensor([[0.0, 0.0]]), dim=1, keepdim=True))
print(torch.special.softmax(torch.tensor([1.0, 1.0]), dim=0, dtype=torch.float64))
try:
    torch.special.xlogy(2.0, 3.0)
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
