# gathering fixed-size neighbour lists with torch.gather on a padded index
import torch

x = torch.tensor([[10.0], [20.0], [30.0], [40.0]])
nbr = torch.tensor([[1, 2], [0, 3], [3, 3], [0, 0]])
flat = x.squeeze(1)
g = torch.gather(flat.expand(4, -1), 1, nbr)
print(g)
print(g.mean(1))
print(x[nbr].shape)
