import torch

votes = torch.tensor([3, 1, 3, 2, 1, 1, 3, 2, 2, 3, 1, 2, 3, 1, 2, 2, 1, 3, 3, 1, 2, 1, 3, 2, 1])
print(torch.mode(votes))
print(votes.reshape(5, 5).mode(dim=1))
print(votes.float().kthvalue(13))
print(votes.reshape(5, 5).float().kthvalue(3, dim=0))
print(torch.median(votes.reshape(5, 5), dim=1))
x = torch.tensor([2., float('nan'), 1., 2., float('nan'), 1., 1.])
print(torch.mode(x), torch.kthvalue(x, 6), torch.nanmedian(x, 0))
