import torch

x = torch.tensor([3, 1, 2, 3, 1, 5])
print(torch.unique(x), x.unique(return_counts=True), torch.unique(x, return_inverse=True))
print(torch.unique(torch.tensor([[1, 2], [1, 2], [0, 3]]), dim=0), torch.unique(torch.tensor([1.5, 0.5, 1.5])))
print(torch.bincount(x), torch.bincount(x, minlength=8), torch.bincount(x, weights=torch.tensor([1., 2., 3., 4., 5., 6.])))
print(torch.histc(torch.tensor([1., 2., 1., 4.]), bins=4, min=0, max=4), torch.histc(torch.tensor([1., 2., 1., 4.]), bins=3))
print(torch.histogram(torch.tensor([1., 2., 1., 4.]), bins=4, range=(0., 4.)))
print(torch.histogram(torch.tensor([1., 2., 1.]), bins=2))
torch.manual_seed(0)
print(torch.histc(torch.randn(1000), bins=10, min=-3, max=3))
