import torch

out = torch.randn(1, 1, 3)
print(out.squeeze().shape, out.squeeze(0).shape, out.squeeze(1).shape)
single = torch.randn(1, 1)
print(single.squeeze().shape, single.squeeze().dim())
try:
    torch.nn.functional.cross_entropy(torch.randn(1, 4).squeeze(), torch.tensor([2]))
except Exception as e:
    print(type(e).__name__, e)
print(torch.nn.functional.cross_entropy(torch.zeros(1, 4).squeeze(), torch.tensor(2)))
