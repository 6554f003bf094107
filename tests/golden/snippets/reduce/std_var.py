import torch

t = torch.tensor([1., 2., 3., 4.])
print(t.std())
print(t.var())
print(t.std(unbiased=False))
print(t.var(correction=0))
m = torch.tensor([[1., 2.], [3., 5.]])
print(m.std(dim=0))
print(m.var(dim=1, keepdim=True))
print(torch.std(m), torch.var(m))
