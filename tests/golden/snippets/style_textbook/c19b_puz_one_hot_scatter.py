# Puzzle: one-hot rows with scatter_ and index_put_
import torch

y = torch.tensor([2, 0, 3])
oh = torch.zeros(3, 4, dtype=torch.long)
oh.scatter_(1, y[:, None], 1)
print(oh)
oh2 = torch.zeros(3, 4)
oh2.index_put_((torch.arange(3), y), torch.tensor(1.0))
print(oh2)
oh3 = torch.zeros(3, 4, dtype=torch.bool)
oh3[torch.arange(3), y] = True
print(oh3, oh3.sum(1))
print(torch.zeros(3, 4).scatter(1, y[:, None], 5.0, reduce="add"))
